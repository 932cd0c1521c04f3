import { jsonAnswer, type Answer } from '../../app/answer.js';
import { describeFieldErrors } from '../../spec/field-errors.js';
import type { RequestProblem } from '../../spec/request-validator.js';

/** The vendor's error body (`__Vendor__Error` in openapi.yaml). */
export function __vendor__Error(status: number, message: string, headers?: Record<string, string>): Answer {
  return jsonAnswer(status, { error: message }, headers);
}

export function reject__Vendor__Request(problem: RequestProblem): Answer {
  switch (problem.kind) {
    case 'malformed-body':
    case 'unsupported-media-type':
      return __vendor__Error(400, 'the body is not JSON');
    case 'invalid':
      return __vendor__Error(400, describeFieldErrors(problem.errors));
  }
}
