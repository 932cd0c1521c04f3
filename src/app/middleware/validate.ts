import type { MiddlewareHandler } from 'hono';
import type { RequestValidator } from '../../spec/request-validator.js';
import type { AppEnv } from '../env.js';
import type { VendorModule } from '../vendor-module.js';

/** Validates parameters and body against the spec; the vendor words the refusal. */
export const validateStage =
  (validator: RequestValidator, vendor: VendorModule): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const op = c.get('operation');
    const result = await validator.validate(op, c.req.raw, c.get('pathParams'), c.get('body'), c.get('url'));
    if (!result.ok) {
      c.set('requestProblem', result.problem);
      return vendor.rejectRequest(result.problem, op);
    }
    c.set('input', result.input);
    return next();
  };
