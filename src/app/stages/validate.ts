import type { RequestValidator } from '../../spec/request-validator.js';
import { sessionOf } from '../session-of.js';
import type { VendorModule } from '../vendor-module.js';
import type { Stage } from './stage.js';

/**
 * Validates parameters and body against the spec; the vendor words the refusal. A valid
 * request's conversation is read once here, by the fields the spec names for the vendor.
 * Through the lenient proxy (`forwarding`) an invalid request goes on, its problem noted.
 */
export const validateStage =
  (validator: RequestValidator, vendor: VendorModule, sessionFields: readonly string[], forwarding = false): Stage =>
  async (x, next) => {
    const op = x.operation;
    if (!op) return next(x); // through the lenient proxy only (route.ts)
    const result = await validator.validate(op, x.request, x.pathParams, x.body, x.target.search);
    if (!result.ok) {
      x.requestProblem = result.problem;
      // Through the lenient proxy the problem is recorded and the real service decides.
      if (forwarding) return next(x);
      x.answer = vendor.rejectRequest(result.problem, op);
      return;
    }
    x.input = result.input;
    x.session = sessionOf(result.input, sessionFields);
    return next(x);
  };
