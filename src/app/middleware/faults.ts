import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { DROP_HEADER } from '../drop.js';
import type { MockRuntime } from '../runtime.js';
import { sessionOf } from '../session-of.js';
import { responseText, type VendorModule } from '../vendor-module.js';

const TYPES = ['status', 'latency', 'drop', 'malformed', 'cut_stream'] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isStream = (res: Response) => /text\/event-stream/.test(res.headers.get('content-type') ?? '');

/**
 * An event stream passed on event by event: each after `delayMs`, and ended (the source
 * cancelled, so the vendor keeps what was said) after `maxTokens` token events.
 */
function reshape(res: Response, { delayMs = 0, maxTokens = Infinity }): Response {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let tokens = 0;
  const body = new ReadableStream<Uint8Array>(
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
  return new Response(body, { status: res.status, headers: res.headers });
}

/**
 * Applies the faults set through /__admin/faults to a request that reached its operation
 * (valid and authenticated): an error status the operation documents, in the vendor's
 * shape; a pause before the answer and between streamed tokens; a dropped connection; a
 * JSON body cut in half; a stream cut after N tokens.
 */
export const faultStage =
  (vendor: VendorModule, services: MockRuntime): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    // Most requests meet no fault: naming the client and session is left until one is set.
    if (services.faults.empty) return next();
    const op = c.get('operation');
    const input = c.get('input');
    const fault = services.faults.take(
      {
        vendor: vendor.name,
        operation: op.id,
        principal: vendor.report?.client({ request: c.req.raw, principal: c.get('principal'), input }),
        session: sessionOf(input),
        documents: (status) => String(status) in op.responses,
      },
      TYPES,
    );
    if (!fault) return next();
    switch (fault.type) {
      case 'status': {
        const res = vendor.error(fault.status!, `Injected fault: ${fault.status}`);
        if (fault.status === 429 || fault.status === 503) res.headers.set('retry-after', '1');
        return res;
      }
      case 'drop':
        return new Response(null, { status: 502, headers: { [DROP_HEADER]: '1' } });
      case 'latency': {
        const ms = services.faults.latency(fault);
        await sleep(ms);
        await next();
        if (isStream(c.res)) c.res = reshape(c.res, { delayMs: ms });
        return;
      }
      case 'cut_stream':
        await next();
        if (isStream(c.res)) c.res = reshape(c.res, { maxTokens: fault.after_tokens });
        return;
      case 'malformed': {
        await next();
        const text = responseText.get(c.res) ?? '{"status":"ok"}';
        c.res = new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
        return;
      }
    }
  };
