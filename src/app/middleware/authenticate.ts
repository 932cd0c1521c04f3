import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';

export const authenticateStage =
  (vendor: VendorModule, services: MockRuntime): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const principal = await vendor.authenticate(stageContext(c, services, vendor));
    if (principal instanceof Response) return principal;
    c.set('principal', principal);
    return next();
  };
