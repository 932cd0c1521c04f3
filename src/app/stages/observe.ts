import type { Exchange } from '../exchange.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { after, type Stage } from './stage.js';

const utf8 = new TextDecoder();

/**
 * Hands a vendor every exchange on its mount, the request body as read and the final
 * answer, errors included (a vendor's debug view shows both). Vendors without an
 * observer pay nothing.
 */
export const observeStage = (vendor: VendorModule, runtime: MockRuntime): Stage => {
  const observe = vendor.observe;
  if (!observe) return (x, next) => next(x);
  const hand = (x: Exchange) => {
    // The bytes the body stage read (none when the request was refused before, or too large).
    const bytes = x.body;
    observe({
      request: x.request,
      target: x.target,
      requestText: bytes === undefined ? undefined : (x.input?.text ?? utf8.decode(bytes)),
      requestBody: x.input?.body,
      status: x.answer.status,
      responseText: x.answer.text ?? '',
      runtime,
      state: runtime.stateOf(vendor.name),
    });
  };
  return (x, next) =>
    after(next(x), () => {
      const answer = x.answer;
      if (answer.text !== undefined || !answer.stream) return hand(x);
      // An event stream: the observer sees it whole, so it is read here and kept as text.
      return new Response(answer.stream).text().then((text) => {
        answer.text = text;
        answer.stream = undefined;
        hand(x);
      });
    });
};
