import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { VendorModule } from '../vendor-module.js';

/**
 * Answers OPTIONS before anything else looks at the request (a preflight carries no
 * credentials), and adds the vendor's CORS headers to every other answer, errors included,
 * so a browser can read a 401 or 429.
 */
export const corsStage =
  (vendor: VendorModule): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const cors = vendor.cors;
    if (!cors) return next();
    if (c.req.method === 'OPTIONS') return cors.preflight(c.req.raw);
    await next();
    cors.decorate(c.req.raw, c.res);
  };
