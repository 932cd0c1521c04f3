import type { MiddlewareHandler } from 'hono';
import { readCapped } from '../../core/read-capped.js';
import type { AppEnv } from '../env.js';
import type { VendorModule } from '../vendor-module.js';

/**
 * Reads the request body once, refusing it with 413 in the vendor's shape as soon as it
 * passes the operation's cap (`x-max-body-bytes`): a declared Content-Length over the cap
 * is refused before a byte is read, and a body that streams past it is cut off there.
 * Later stages read the bytes from the context; nothing reads the stream again.
 */
export const bodyStage =
  (vendor: VendorModule): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const max = c.get('operation').maxBodyBytes;
    const tooLarge = () => {
      const res = vendor.error(413, `Request body larger than ${max} bytes`);
      res.headers.set('connection', 'close'); // the rest of the upload is not read
      return res;
    };
    const declared = Number(c.req.header('content-length'));
    if (Number.isFinite(declared) && declared > max) return tooLarge();
    const body = await (c.env?.readBody ? c.env.readBody(max) : readCapped(c.req.raw.body, max));
    if (body === undefined) return tooLarge();
    c.set('body', body);
    return next();
  };
