import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';
import { responseText as knownText, type VendorModule } from '../vendor-module.js';

/**
 * Hands a vendor every exchange on its mount, the request body as sent and the final
 * response, errors included (a vendor's debug view shows both). Vendors without an
 * observer pay nothing.
 */
export const observeStage =
  (vendor: VendorModule, services: MockRuntime): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!vendor.observe) return next();
    // Hono caches the body it reads, so the validator reads these same bytes; no clone.
    const requestText =
      c.req.method === 'GET' || c.req.method === 'HEAD'
        ? undefined
        : new TextDecoder().decode(await c.req.arrayBuffer());
    await next();
    let responseText = knownText.get(c.res);
    if (responseText === undefined) {
      // Not made by json() (a preflight, say): read it, and put an unread copy back.
      responseText = await c.res.text();
      c.res = new Response(responseText, { status: c.res.status, headers: c.res.headers });
    }
    vendor.observe({
      request: c.req.raw,
      requestText,
      status: c.res.status,
      responseText,
      services,
      state: services.stateOf(vendor.name),
    });
  };
