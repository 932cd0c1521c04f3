import type { Context } from 'hono';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';
import type { StageContext, VendorModule } from '../vendor-module.js';

export function stageContext(c: Context<AppEnv>, services: MockRuntime, vendor: VendorModule): StageContext {
  return {
    op: c.get('operation'),
    input: c.get('input'),
    services,
    state: services.stateOf(vendor.name),
    request: c.req.raw,
    clientIp: clientIp(c, services),
    c,
  };
}
