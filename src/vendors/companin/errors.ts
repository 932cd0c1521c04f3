import { jsonAnswer, type Answer } from '../../app/answer.js';
import { describeProblem } from '../../spec/describe-problem.js';
import type { RequestProblem } from '../../spec/request-validator.js';

/** Companin's error shape, from the reference: `{status: "error", status_code, detail, data: null}`. */
export const companinErrorBody = (status: number, detail: string, extra: Record<string, unknown> = {}) => ({
  status: 'error' as const,
  status_code: status,
  detail,
  data: null,
  ...extra,
});

export function companinError(
  status: number,
  detail: string,
  extra?: Record<string, unknown>,
  headers?: Record<string, string>,
): Answer {
  return jsonAnswer(status, companinErrorBody(status, detail, extra), headers);
}

/** Validation failures are 422, as FastAPI answers them, with `detail` naming the field. */
export function rejectCompaninRequest(problem: RequestProblem): Answer {
  switch (problem.kind) {
    case 'malformed-body':
      return companinError(422, `body: ${problem.message}`);
    case 'unsupported-media-type':
      return companinError(
        422,
        `body: Content-Type must be ${problem.expected.join(' or ')} (got ${problem.received})`,
      );
    case 'invalid':
      return companinError(422, describeProblem(problem).join('; '));
  }
}
