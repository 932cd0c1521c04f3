import type { Exchange } from '../exchange.js';

export type Next = (x: Exchange) => Promise<void>;

/**
 * One step of the request path. It answers by setting `x.answer`, or hands on with
 * `await next(x)` and may then look at or add to the answer (Hono's compose, without a
 * context object or a closure per request).
 */
export type Stage = (x: Exchange, next: Next) => Promise<void>;

const end: Next = async () => {};

/**
 * The stages run in order, built once: each gets the rest of the chain as its `next`. Each
 * writes its name on the exchange as it starts, so the last name written is the stage that
 * answered (the request log says who refused a request: the spec, auth, a limit...).
 */
export function chain(stages: Record<string, Stage>): Next {
  return Object.entries(stages).reduceRight<Next>(
    (next, [name, stage]) =>
      (x) => {
        x.stage = name;
        return stage(x, next);
      },
    end,
  );
}
