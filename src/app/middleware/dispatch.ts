import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';
import { json, type VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';

type BoundHandler = (ctx: unknown) => unknown;

/**
 * The vendor's handler for each of its operations, bound once when the app is built: an
 * operation without a handler (or a handler without an operation) stops the build.
 */
export function bindHandlers(vendor: VendorModule, operationIds: string[]): Map<string, BoundHandler> {
  const bound = new Map<string, BoundHandler>();
  for (const id of operationIds) {
    const handler = vendor.handlers[id];
    if (!handler) throw new Error(`${vendor.name} has no handler for ${id} (src/vendors/${vendor.name}/routes.ts)`);
    bound.set(id, handler);
  }
  const extra = Object.keys(vendor.handlers).filter((id) => !bound.has(id));
  if (extra.length) throw new Error(`${vendor.name} handles operations the spec lacks: ${extra.join(', ')}`);
  return bound;
}

/** Runs the operation's handler and turns its typed `{status, body}` into a Response. */
export const dispatchStage =
  (vendor: VendorModule, services: MockRuntime, handlers: Map<string, BoundHandler>): MiddlewareHandler<AppEnv> =>
  async (c) => {
    const handler = handlers.get(c.get('operation').id)!;
    const ctx = { ...stageContext(c, services, vendor), principal: c.get('principal'), meter: c.get('meter') };
    const result = (await handler(ctx)) as
      Response | { status: number; body: unknown; headers?: Record<string, string> };
    if (result instanceof Response) return result;
    return json(result.status, result.body, result.headers);
  };
