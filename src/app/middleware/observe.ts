import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockServices } from '../services.js';
import type { VendorModule } from '../vendor-module.js';

/**
 * Hands a vendor every exchange on its mount, the request body as sent and the final
 * response, errors included (Chungtair's debug view shows both). Vendors without an
 * observer pay nothing.
 */
export const observeStage = (vendor: VendorModule, services: MockServices): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (!vendor.observe) return next();
  const requestText = c.req.method === 'GET' || c.req.method === 'HEAD' ? undefined : await c.req.raw.clone().text();
  await next();
  await vendor.observe({ request: c.req.raw, requestText, response: c.res.clone(), services });
};
