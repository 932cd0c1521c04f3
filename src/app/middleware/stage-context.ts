import type { Context } from 'hono';
import { clientIp } from '../client-ip.js';
import type { AppEnv } from '../env.js';
import type { MockServices } from '../services.js';
import type { StageContext } from '../vendor-module.js';

export function stageContext(c: Context<AppEnv>, services: MockServices): StageContext {
  return { op: c.get('operation'), input: c.get('input'), services, request: c.req.raw, clientIp: clientIp(c, services), c };
}
