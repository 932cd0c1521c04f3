import { readCapped } from '../../core/read-capped.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../spec/operations.js';
import type { Exchange } from '../exchange.js';
import type { VendorModule } from '../vendor-module.js';
import type { Next, Stage } from './stage.js';

/**
 * Reads the request body once, refusing it with 413 in the vendor's shape as soon as it
 * passes the operation's cap (`x-max-body-bytes`): a declared Content-Length over the cap
 * is refused before a byte is read, and a body that streams past it is cut off there.
 * Later stages read the bytes from the exchange; nothing reads the stream again.
 */
export const bodyStage = (vendor: VendorModule, vendorMax = DEFAULT_MAX_BODY_BYTES): Stage => {
  const tooLarge = (x: Exchange, max: number) => {
    x.answer = vendor.error(413, `Request body larger than ${max} bytes`);
    x.answer.headers.set('connection', 'close'); // the rest of the upload is not read
  };
  // One `then`, not an async function: every request with a body passes here.
  const read = (x: Exchange, next: Next, max: number) =>
    (x.env.readBody ? x.env.readBody(max) : readCapped((x.request as Request).body, max)).then(
      (body) => {
        if (body === undefined) return tooLarge(x, max);
        x.body = body;
        return next(x);
      },
      () => {
        // The client went, or the server cut it at its deadline (the 408 is sent on the socket
        // already): no one reads this answer, but the journal says what happened.
        x.answer = vendor.error(400, 'The request body did not arrive whole: the connection closed');
      },
    );
  return (x, next) => {
    const method = x.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next(x);
    // A path the spec lacks (through the proxy) gets the vendor's cap.
    const max = x.operation?.maxBodyBytes ?? vendorMax;
    const declared = Number(x.request.headers.get('content-length') ?? undefined);
    if (Number.isFinite(declared) && declared > max) return tooLarge(x, max);
    return read(x, next, max);
  };
};
