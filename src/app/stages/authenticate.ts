import { answerOf, isResponse } from '../answer.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { stageContext } from './stage-context.js';
import type { Stage } from './stage.js';

export const authenticateStage =
  (vendor: VendorModule, runtime: MockRuntime): Stage =>
  async (x, next) => {
    const ctx = stageContext(x, runtime, vendor);
    const principal = await vendor.authenticate(ctx);
    if (isResponse(principal)) return void (x.answer = await answerOf(principal));
    ctx.principal = principal;
    return next(x);
  };
