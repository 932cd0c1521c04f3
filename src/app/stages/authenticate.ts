import { Answer } from '../answer.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';
import { after, type Stage } from './stage.js';

export const authenticateStage =
  (vendor: VendorModule, runtime: MockRuntime): Stage =>
  (x, next) => {
    const ctx = stageContext(x, runtime, vendor);
    const go = (principal: unknown) => {
      if (principal instanceof Answer) return void (x.answer = principal);
      ctx.principal = principal;
      return next(x);
    };
    // Most vendors know the caller at once; one that looks a token up answers later.
    return after(vendor.authenticate(ctx), go);
  };
