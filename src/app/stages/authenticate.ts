import { Answer } from '../answer.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';
import type { Stage } from './stage.js';

export const authenticateStage =
  (vendor: VendorModule, runtime: MockRuntime): Stage =>
  async (x, next) => {
    const ctx = stageContext(x, runtime, vendor);
    const principal = await vendor.authenticate(ctx);
    if (principal instanceof Answer) return void (x.answer = principal);
    ctx.principal = principal;
    return next(x);
  };
