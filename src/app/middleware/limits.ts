import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockServices } from '../services.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';

/** Plan quotas and rate limits; the vendor's limit headers go on every answer that follows. */
export const limitsStage = (vendor: VendorModule, services: MockServices): MiddlewareHandler<AppEnv> => async (c, next) => {
  const decision = vendor.limits?.(stageContext(c, services), c.get('principal'));
  const apply = (res: Response) => {
    for (const [k, v] of Object.entries(decision?.headers ?? {})) res.headers.set(k, v);
    return res;
  };
  if (decision?.refuse) return apply(decision.refuse);
  await next();
  apply(c.res);
};
