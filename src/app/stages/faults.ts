import { Answer, droppedAnswer, HeaderBag } from '../answer.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { clientOf } from './client-of.js';
import type { Exchange } from '../exchange.js';
import type { Next, Stage } from './stage.js';

const TYPES = ['status', 'latency', 'drop', 'malformed', 'cut_stream'] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An event stream passed on event by event: each after `delayMs`, and ended (the source
 * cancelled, so the vendor keeps what was said) after `maxTokens` token events.
 */
function reshape(answer: Answer, { delayMs = 0, maxTokens = Infinity }): void {
  const reader = answer.stream!.getReader();
  const decoder = new TextDecoder();
  let tokens = 0;
  answer.stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (tokens >= maxTokens) {
          controller.close();
          await reader.cancel();
          return;
        }
        const { value, done } = await reader.read();
        if (done) return controller.close();
        if (delayMs) await sleep(delayMs);
        tokens += (decoder.decode(value, { stream: true }).match(/"type":"token"/g) ?? []).length;
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

/**
 * Applies the faults set through /__admin/faults to a request that reached its operation
 * (valid and authenticated): an error status the operation documents, in the vendor's
 * shape; a pause before the answer and between streamed tokens; a dropped connection; a
 * JSON body cut in half; a stream cut after N tokens.
 */
export const faultStage = (vendor: VendorModule, runtime: MockRuntime): Stage => {
  const apply = async (x: Exchange, next: Next) => {
    const op = x.operation!;
    const fault = runtime.faults.take(
      {
        vendor: vendor.name,
        operation: op.id,
        principal: clientOf(x, vendor),
        session: x.session,
        documents: (status) => String(status) in op.responses,
      },
      TYPES,
    );
    if (!fault) return next(x);
    x.fault = { id: fault.id, type: fault.type };
    switch (fault.type) {
      case 'status': {
        x.answer = vendor.error(fault.status!, `Injected fault: ${fault.status}`);
        if (fault.status === 429 || fault.status === 503) x.answer.headers.set('retry-after', '1');
        return;
      }
      case 'drop':
        x.answer = droppedAnswer();
        return;
      case 'latency': {
        const ms = runtime.faults.latency(fault);
        await sleep(ms);
        await next(x);
        if (x.answer.stream) reshape(x.answer, { delayMs: ms });
        return;
      }
      case 'cut_stream':
        await next(x);
        if (x.answer.stream) reshape(x.answer, { maxTokens: fault.after_tokens });
        return;
      case 'malformed': {
        await next(x);
        const text = x.answer.text ?? '{"status":"ok"}';
        x.answer = new Answer(
          200,
          new HeaderBag({ 'content-type': 'application/json' }),
          text.slice(0, Math.max(1, Math.floor(text.length / 2))),
        );
        return;
      }
    }
  };
  // Most requests meet no fault: naming the client and session is left until one is set.
  return (x, next) => (runtime.faults.empty ? next(x) : apply(x, next));
};
