import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import type { MockServices } from '../services.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';

export const authenticateStage = (vendor: VendorModule, services: MockServices): MiddlewareHandler<AppEnv> => async (c, next) => {
  const principal = await vendor.authenticate(stageContext(c, services));
  if (principal instanceof Response) return principal;
  c.set('principal', principal);
  return next();
};
