import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';
import { responseText as knownText, type VendorModule } from '../vendor-module.js';

/**
 * Hands a vendor every exchange on its mount, the request body as read and the final
 * response, errors included (a vendor's debug view shows both). Vendors without an
 * observer pay nothing.
 */
export const observeStage =
  (vendor: VendorModule, services: MockRuntime): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!vendor.observe) return next();
    await next();
    // The bytes the body stage read (none when the request was refused before, or too large).
    const bytes = c.get('body');
    const requestText = bytes === undefined ? undefined : new TextDecoder().decode(bytes);
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
