import { Hono } from 'hono';
import type { AdminEnv } from '../app/env.js';
import type { MockRuntime } from '../app/runtime.js';
import { changesState } from '../app/stages/journal.js';
import { nothingHere } from '../app/stages/mounts.js';
import type { VendorModule } from '../app/vendor-module.js';
import { adminGuard } from './guard.js';
import { adminRoutes } from './routes.js';

/**
 * The mock's controls as a Hono app of their own, beside the vendors' stages: admin is
 * not a vendor API, so it is neither journaled nor validated against the spec. A change
 * made through it is saved to a `--state` file like a vendor request's.
 */
export function createAdminApp(services: MockRuntime, modules: readonly VendorModule[], mounts: string[]) {
  const app = new Hono<AdminEnv>();
  app.use('*', async (c, next) => {
    await next();
    if (changesState(c.req.method)) services.changed();
  });
  app.use('/__admin/*', adminGuard);
  app.route('/__admin', adminRoutes(services, modules));
  app.notFound((c) => c.json({ error: nothingHere(mounts) }, 404));
  app.onError((error, c) => {
    // Reaching this is a mock bug.
    console.error(error);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
