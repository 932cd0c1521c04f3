import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';

/** Records every answered request in the bounded journal (GET /__admin/journal). */
export const journalStage =
  (services: MockRuntime): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    if (c.req.path.startsWith('/__admin')) return;
    const url = c.get('url') ?? new URL(c.req.url);
    services.journal.record({
      at: services.clock.iso(),
      method: c.req.method,
      path: url.pathname + url.search,
      status: c.res.status,
      operationId: c.get('operation')?.id,
    });
  };
