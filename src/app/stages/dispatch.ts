import { Answer, jsonAnswer } from '../answer.js';
import type { Exchange } from '../exchange.js';
import type { MockRuntime } from '../runtime.js';
import type { HandlerBase, VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';
import { after, type Stage } from './stage.js';

/** The mock's own word on an answer that left input out; never a vendor's header (docs/fidelity.md). */
export const NOTE_HEADER = 'x-supportbot-mock-note';

type BoundHandler = (ctx: HandlerBase<unknown, unknown>) => unknown;

/**
 * The vendor's handler for each of its operations, bound once when the app is built: an
 * operation without a handler (or a handler without an operation) stops the build.
 */
export function bindHandlers(vendor: VendorModule, operationIds: string[]): Map<string, BoundHandler> {
  const bound = new Map<string, BoundHandler>();
  for (const id of operationIds) {
    const handler = vendor.handlers[id];
    if (!handler) throw new Error(`${vendor.name} has no handler for ${id} (src/vendors/${vendor.name}/routes.ts)`);
    bound.set(id, handler);
  }
  const extra = Object.keys(vendor.handlers).filter((id) => !bound.has(id));
  if (extra.length) throw new Error(`${vendor.name} handles operations the spec lacks: ${extra.join(', ')}`);
  return bound;
}

/** Runs the operation's handler and turns its typed `{status, body}` into the answer. */
export const dispatchStage =
  (vendor: VendorModule, runtime: MockRuntime, handlers: Map<string, BoundHandler>): Stage =>
  (x) => {
    const handler = handlers.get(x.operation!.id)!;
    // Authenticate and limits have filled the context in by now.
    const result = handler(stageContext(x, runtime, vendor) as HandlerBase<unknown, unknown>) as
      HandlerResult | Promise<HandlerResult>;
    return after(result, (r) => answerWith(x, r));
  };

type HandlerResult = Answer | { status: number; body: unknown; headers?: Record<string, string>; notes?: string[] };

/** A handler's typed `{status, body}`, or its own Answer, as the exchange's answer. */
function answerWith(x: Exchange, result: HandlerResult): void {
  if (result instanceof Answer) return void (x.answer = result);
  x.answer = jsonAnswer(result.status, result.body, result.headers);
  if (result.notes) {
    x.notes = result.notes;
    x.answer.headers.set(NOTE_HEADER, result.notes.join('; '));
  }
}
