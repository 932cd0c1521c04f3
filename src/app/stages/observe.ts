import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import type { Stage } from './stage.js';

const utf8 = new TextDecoder();

/**
 * Hands a vendor every exchange on its mount, the request body as read and the final
 * answer, errors included (a vendor's debug view shows both). Vendors without an
 * observer pay nothing.
 */
export const observeStage = (vendor: VendorModule, runtime: MockRuntime): Stage => {
  const observe = vendor.observe;
  if (!observe) return (x, next) => next(x);
  return async (x, next) => {
    await next(x);
    // The bytes the body stage read (none when the request was refused before, or too large).
    const bytes = x.body;
    const answer = x.answer;
    if (answer.text === undefined && answer.stream) {
      // An event stream: the observer sees it whole, so it is read here and kept as text.
      answer.text = await new Response(answer.stream).text();
      answer.stream = undefined;
    }
    observe({
      request: x.request,
      requestText: bytes === undefined ? undefined : utf8.decode(bytes),
      status: answer.status,
      responseText: answer.text ?? '',
      runtime,
      state: runtime.stateOf(vendor.name),
    });
  };
};
