import { jsonAnswer, type Answer } from '../../app/answer.js';
import { describeFieldErrors } from '../../spec/field-errors.js';
import type { RequestProblem } from '../../spec/request-validator.js';

/**
 * The reference gives statuses only; the body `{success: false, error}` matches its
 * success shape and the docs' short messages ("bad json"). An assumption, docs/fidelity.md.
 */
export const chungtairErrorBody = (error: string) => ({ success: false as const, error });

export function chungtairError(status: number, message: string, headers?: Record<string, string>): Answer {
  return jsonAnswer(status, chungtairErrorBody(message), headers);
}

export function rejectChungtairRequest(problem: RequestProblem): Answer {
  switch (problem.kind) {
    case 'malformed-body':
    case 'unsupported-media-type':
      return chungtairError(400, 'bad json');
    case 'invalid': {
      // A token of the wrong form is "not found" in the reference, not a bad request.
      if (problem.errors.some((e) => e.field === 'token')) return chungtairError(404, 'invalid token');
      return chungtairError(400, describeFieldErrors(problem.errors));
    }
  }
}
