import type { Exchange } from '../exchange.js';

export type Next = (x: Exchange) => Promise<void>;

/**
 * One step of the request path. It answers by setting `x.answer`, or hands on with
 * `await next(x)` and may then look at or add to the answer (Hono's compose, without a
 * context object or a closure per request).
 */
export type Stage = (x: Exchange, next: Next) => Promise<void>;

const end: Next = async () => {};

/** The stages run in order, built once: each gets the rest of the chain as its `next`. */
export function chain(stages: Stage[]): Next {
  return stages.reduceRight<Next>((next, stage) => (x) => stage(x, next), end);
}
