import type { RequestProblem } from './request-validator.js';

/** A refused request's problems, one line per field, as the journal and the report list them. */
export const describeProblem = (p: RequestProblem): string[] =>
  p.kind === 'invalid'
    ? p.errors.map(
        (e) => `${e.location}.${e.field === e.location ? '' : e.field}`.replace(/\.$/, '') + `: ${e.message}`,
      )
    : p.kind === 'malformed-body'
      ? [`body: ${p.message}`]
      : [`content-type: ${p.received} is not ${p.expected.join(' or ')}`];
