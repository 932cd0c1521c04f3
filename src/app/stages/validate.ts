import type { RequestValidator, ValidationResult } from '../../spec/request-validator.js';
import type { Exchange } from '../exchange.js';
import { sessionOf } from '../session-of.js';
import type { VendorModule } from '../vendor-module.js';
import { after, type Next, type Stage } from './stage.js';

/**
 * Validates parameters and body against the spec; the vendor words the refusal. A valid
 * request's conversation is read once here, by the fields the spec names for the vendor.
 * Through the lenient proxy (`forwarding`) an invalid request goes on, its problem noted.
 */
export const validateStage = (
  validator: RequestValidator,
  vendor: VendorModule,
  sessionFields: readonly string[],
  forwarding = false,
): Stage => {
  const go = (x: Exchange, next: Next, result: ValidationResult) => {
    if (!result.ok) {
      x.requestProblem = result.problem;
      // Through the lenient proxy the problem is recorded and the real service decides.
      if (forwarding) return next(x);
      x.answer = vendor.rejectRequest(result.problem, x.operation!);
      return;
    }
    x.input = result.input;
    x.session = sessionOf(result.input, sessionFields);
    return next(x);
  };
  return (x, next) => {
    const op = x.operation;
    if (!op) return next(x); // through the lenient proxy only (route.ts)
    // A small body is checked in this turn; a large one, or a first compile, takes turns.
    return after(validator.validate(op, x.request, x.pathParams, x.body, x.target.search), (r) => go(x, next, r));
  };
};
