import { Hono } from 'hono';
import type { AdminEnv } from '../app/env.js';
import type { MockRuntime } from '../app/runtime.js';
import { changesState } from '../app/stages/journal.js';
import { nothingHere } from '../app/stages/mounts.js';
import type { VendorModule } from '../app/vendor-module.js';
import { readCapped } from '../core/read-capped.js';
import { messageOf } from '../core/refusal.js';
import { DASHBOARD_HTML } from './dashboard.js';
import { adminGuard } from './guard.js';
import { adminBodyLimit, adminBodyTooLarge } from './mount.js';
import { adminRoutes } from './routes.js';

/**
 * The mock's controls as a Hono app of their own, beside the vendors' stages: admin is
 * not a vendor API, so it is neither journaled nor validated against the spec. A change
 * made through it is saved to a `--state` file like a vendor request's.
 */
export function createAdminApp(runtime: MockRuntime, modules: readonly VendorModule[], mounts: string[]) {
  const app = new Hono<AdminEnv>();
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    if (changesState(c.req.method)) runtime.changed();
    if (runtime.onRequest) {
      const status = c.res.status;
      const error = status >= 400 ? messageOf(await c.res.clone().text()) : undefined;
      runtime.onRequest({
        at: new Date(),
        vendor: 'admin',
        admin: true,
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        ...(status >= 400 && { refusal: { by: 'admin', reason: error || String(status) } }),
      });
    }
  });
  // For health checks (a container's, a CI service's): no token, no host check, nothing changed.
  app.get('/__admin/health', (c) => c.json({ status: 'ok', vendors: modules.map((m) => m.name) }));
  // The page holds nothing secret; its calls go through the guard (from another host it asks for the token).
  app.get('/__admin/ui', (c) => c.html(DASHBOARD_HTML));
  app.use('/__admin/*', adminGuard(runtime.config.adminToken || undefined));
  // Read once under its cap, before any route parses it: a 200 MB state import held 1 GB.
  app.use('/__admin/*', async (c, next) => {
    if (c.req.raw.body === null) return next();
    const max = adminBodyLimit(c.req.path, runtime.config.maxStateBytes);
    const tooLarge = () => c.json(adminBodyTooLarge(max), 413, { connection: 'close' });
    if (Number(c.req.header('content-length')) > max) return tooLarge();
    const body = await readCapped(c.req.raw.body, max);
    if (body === undefined) return tooLarge();
    const { url, method, headers } = c.req.raw;
    c.req.raw = new Request(url, { method, headers, body: body as Uint8Array<ArrayBuffer> });
    return next();
  });
  app.route('/__admin', adminRoutes(runtime, modules));
  app.notFound((c) => c.json({ error: nothingHere(mounts) }, 404));
  app.onError((error, c) => {
    // Reaching this is a mock bug.
    console.error(error);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
