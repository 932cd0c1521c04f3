import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { Meter } from '../meter.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';

/**
 * The one place limits are enforced: the spec's `x-limits` for this operation, counted by
 * the shared book, keyed and worded by the vendor. Rates count the request now; quotas are
 * charged after the handler, only if it answered 2xx (Hono's compose: work after
 * `await next()`). The vendor's limit headers go on every answer, refusals included.
 * --unlimited is honoured here and nowhere else (the meter passes everything).
 */
export const limitsStage = (vendor: VendorModule, services: MockRuntime): MiddlewareHandler<AppEnv> => {
  const rules = vendor.limits;
  if (!rules && services.limits.specs.some((s) => s.vendor === vendor.name)) {
    throw new Error(`${vendor.name} declares limits in the spec but no limits code`);
  }
  // Most operations have no limit: they share one meter that has nothing to count.
  const unmetered = new Meter(services.limits, [], noSubject, noSubject, services.config.unlimited);
  return async (c, next) => {
    const specs = services.limits.forOperation(c.get('operation').id);
    if (specs.length === 0) {
      c.set('meter', unmetered);
      return next();
    }
    const ctx = stageContext(c, services, vendor);
    const principal = c.get('principal');
    const meter = new Meter(
      services.limits,
      specs,
      (spec) => rules!.subject(spec, principal, ctx),
      (spec, standing) => rules!.refuse(spec, standing, ctx),
      services.config.unlimited,
    );
    c.set('meter', meter);
    const { refusal, standings } = meter.admit();
    const apply = (res: Response) => {
      for (const [spec, standing] of standings) {
        for (const [k, v] of Object.entries(rules?.headers?.(spec, standing) ?? {})) res.headers.set(k, v);
      }
      return res;
    };
    if (refusal) return apply(refusal);
    await next();
    meter.settle(c.res.status >= 200 && c.res.status < 300);
    apply(c.res);
  };
};

const noSubject = (): never => {
  throw new Error('an operation without limits was asked for one');
};
