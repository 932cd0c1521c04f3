import type { Context } from 'hono';
import type { Operation, VendorName } from '../spec/operations.js';
import type { RequestProblem, ValidInput } from '../spec/request-validator.js';
import type { MockServices } from './services.js';

export interface StageContext {
  op: Operation;
  input: ValidInput;
  services: MockServices;
  request: Request;
  clientIp: string;
  c: Context;
}

/** A finished exchange on a vendor's mount, as an observer sees it. */
export interface ObservedExchange {
  request: Request;
  requestText: string | undefined;
  status: number;
  responseText: string;
  services: MockServices;
}

/** What a limits stage decides: refuse with a response, and/or headers for every answer. */
export interface LimitDecision {
  refuse?: Response;
  headers?: Record<string, string>;
}

/**
 * Everything the core needs from a vendor: its error shape, how it reads a failed
 * validation, CORS, auth, limits and the handlers keyed by operationId. The core owns
 * the order these run in; a vendor only fills the stages.
 */
export interface VendorModule<P = unknown> {
  name: VendorName;
  error(status: number, message: string, extra?: Record<string, unknown>): Response;
  rejectRequest(problem: RequestProblem, op: Operation): Response;
  cors?: {
    preflight(request: Request): Response;
    decorate(request: Request, response: Response): void;
  };
  authenticate(ctx: StageContext): P | Response | Promise<P | Response>;
  limits?(ctx: StageContext, principal: P): LimitDecision | undefined;
  /** Sees each finished exchange, whatever its status (see middleware/observe.ts). */
  observe?(exchange: ObservedExchange): void;
  handlers: Record<string, (ctx: any) => unknown>;
}

/** The text of each JSON response the core made, so an observer can read it without a clone. */
export const responseText = new WeakMap<Response, string>();

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const response = new Response(text, { status, headers: { 'content-type': 'application/json', ...headers } });
  responseText.set(response, text);
  return response;
}
