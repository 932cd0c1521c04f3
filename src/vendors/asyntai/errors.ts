import { jsonAnswer, type Answer } from '../../app/answer.js';
import { describeFieldErrors } from '../../spec/field-errors.js';
import type { RequestProblem } from '../../spec/request-validator.js';

/** Asyntai's error shape, from the reference: `{success: false, error}`. */
export const asyntaiErrorBody = (error: string) => ({ success: false as const, error });

export function asyntaiError(status: number, message: string): Answer {
  return jsonAnswer(status, asyntaiErrorBody(message));
}

export function rejectAsyntaiRequest(problem: RequestProblem): Answer {
  switch (problem.kind) {
    case 'malformed-body':
      return asyntaiError(400, problem.message); // "Invalid JSON body", as the vendor's own test stub answers
    case 'unsupported-media-type':
      return asyntaiError(400, `Content-Type must be ${problem.expected.join(' or ')} (got ${problem.received})`);
    case 'invalid':
      return asyntaiError(400, describeFieldErrors(problem.errors));
  }
}
