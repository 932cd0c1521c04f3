import type { Answer } from './answer.js';
import type { operations } from '../generated/openapi.js';
import type { ValidInput } from '../spec/request-validator.js';
import type { HandlerBase } from './vendor-module.js';

/** Handlers are typed by the generated spec types: a reply that the spec does not allow does not compile. */
type OperationId = keyof operations;

type Op<K extends OperationId> = operations[K];
type JsonOf<T> = T extends { content: { 'application/json': infer B } }
  ? B
  : T extends { content: { 'multipart/form-data': infer B } }
    ? B
    : never;

type BodyOf<K extends OperationId> =
  Op<K> extends { requestBody: infer R }
    ? JsonOf<R>
    : Op<K> extends { requestBody?: infer R }
      ? JsonOf<NonNullable<R>>
      : never;
type QueryOf<K extends OperationId> = Op<K>['parameters'] extends { query?: infer Q }
  ? NonNullable<Q>
  : Record<string, never>;
type PathOf<K extends OperationId> = Op<K>['parameters'] extends { path: infer P } ? P : Record<string, never>;

type Reply<K extends OperationId> = {
  [S in keyof Op<K>['responses']]: {
    status: S;
    body: JsonOf<Op<K>['responses'][S]>;
    headers?: Record<string, string>;
    /** What the mock left out of the request, where the vendor's body has no word for it. */
    notes?: string[];
  };
}[keyof Op<K>['responses']];

interface HandlerContext<K extends OperationId, P, S> extends HandlerBase<P, S> {
  input: ValidInput & { query: QueryOf<K>; path: PathOf<K>; body: BodyOf<K> };
}

type Handler<K extends OperationId, P, S> = (
  ctx: HandlerContext<K, P, S>,
) => Reply<K> | Answer | Promise<Reply<K> | Answer>;

/**
 * A vendor's handlers: one per operationId that starts with the vendor's name. Preflight
 * operations are answered by the CORS stage, and the spec's `webhooks` describe what the
 * mock sends, not what it serves: neither has one.
 */
export type HandlerMap<Prefix extends string, P, S> = {
  [
    K in Exclude<Extract<OperationId, `${Prefix}${string}`>, `${string}Preflight${string}` | `${string}WebhookDelivery`>
  ]: Handler<K, P, S>;
};
