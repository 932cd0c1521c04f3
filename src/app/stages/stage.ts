import type { Exchange } from '../exchange.js';

/** The rest of the chain: a promise while a later stage still waits on something, else nothing. */
export type Next = (x: Exchange) => Promise<void> | void;

/**
 * One step of the request path. It answers by setting `x.answer`, or hands on with
 * `next(x)` and may then look at or add to the answer (Hono's compose, without a context
 * object or a closure per request). A stage with nothing to wait for is a plain function
 * that returns `next(x)`: an `async` one costs every request a promise and two turns of the
 * microtask queue for each stage it passes (docs/performance.md).
 */
export type Stage = (x: Exchange, next: Next) => Promise<void> | void;

const end: Next = () => {};

/** Runs `then` on what `step` gives once it has it: at once when it came in this turn. */
export function after<T, R>(step: T | Promise<T>, then: (value: T) => R): R | Promise<Awaited<R>> {
  return step instanceof Promise ? (step.then(then) as Promise<Awaited<R>>) : then(step);
}

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
