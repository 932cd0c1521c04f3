import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockServices } from '../services.js';
import { json, type VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';

/** Runs the operation's handler and turns its typed `{status, body}` into a Response. */
export const dispatchStage = (vendor: VendorModule, services: MockServices): MiddlewareHandler<AppEnv> => async (c) => {
  const op = c.get('operation');
  const handler = vendor.handlers[op.id];
  if (!handler) throw new Error(`${op.id} has no handler`); // a test keeps every operation handled
  const result = (await handler({ ...stageContext(c, services), principal: c.get('principal') })) as Response | { status: number; body: unknown; headers?: Record<string, string> };
  if (result instanceof Response) return result;
  return json(result.status, result.body, result.headers);
};
