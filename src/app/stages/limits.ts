import type { Answer } from '../answer.js';
import { Meter } from '../meter.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';
import { after, type Stage } from './stage.js';

/**
 * The one place limits are enforced: the spec's `x-limits` for this operation, counted by
 * the shared book, keyed and worded by the vendor. Rates count the request now; quotas are
 * charged after the handler, only if it answered 2xx (work after `await next(x)`). The
 * vendor's limit headers go on every answer, refusals included.
 * --unlimited is honoured here and nowhere else (the meter passes everything).
 */
export const limitsStage = (vendor: VendorModule, runtime: MockRuntime): Stage => {
  const rules = vendor.limits;
  if (!rules && runtime.limits.specs.some((s) => s.vendor === vendor.name)) {
    throw new Error(`${vendor.name} declares limits in the spec but no limits code`);
  }
  // Most operations have no limit: they share one meter that has nothing to count.
  const unmetered = new Meter(runtime.limits, [], noSubject, noSubject, runtime.config.unlimited);
  return (x, next) => {
    const ctx = stageContext(x, runtime, vendor);
    const specs = runtime.limits.forOperation(x.operation!.id);
    if (specs.length === 0) {
      ctx.meter = unmetered;
      return next(x);
    }
    const principal = ctx.principal;
    const meter = new Meter(
      runtime.limits,
      specs,
      (spec) => rules!.subject(spec, principal, ctx),
      (spec, standing) => rules!.refuse(spec, standing, ctx),
      runtime.config.unlimited,
    );
    ctx.meter = meter;
    const { refusal, standings } = meter.admit();
    const apply = (answer: Answer) => {
      for (const [spec, standing] of standings) {
        const headers = rules?.headers?.(spec, standing);
        if (headers) for (const k in headers) answer.headers.set(k, headers[k]);
      }
    };
    if (refusal) {
      x.answer = refusal;
      return apply(x.answer);
    }
    return after(next(x), () => {
      meter.settle(x.answer.status >= 200 && x.answer.status < 300);
      apply(x.answer);
    });
  };
};

const noSubject = (): never => {
  throw new Error('an operation without limits was asked for one');
};
