import type { RequestView, Target } from '../core/request-view.js';
import type { Operation } from '../spec/operations.js';
import type { RequestProblem, ValidInput } from '../spec/request-validator.js';
import type { Answer } from './answer.js';
import type { AdapterEnv } from './env.js';
import type { Meter } from './meter.js';
import type { StageContext } from './vendor-module.js';

/** One request on its way through the stages: what each stage found, for the next, and the answer. */
export class Exchange {
  /** Set by the stage that answers; the stages before it see it after `await next(x)`. */
  answer!: Answer;
  operation?: Operation;
  pathParams: Record<string, string> = {};
  input?: ValidInput;
  /** The conversation the request names, once valid (stages/validate.ts). */
  session?: string;
  /** The request body's bytes, read once under the operation's cap (stages/body.ts). */
  body?: Uint8Array;
  principal: unknown;
  meter?: Meter;
  /** Why the spec refused the request, for the client report (stages/report.ts). */
  requestProblem?: RequestProblem;
  /** The vendor whose mount answered, and the client as it names it: for the journal. */
  vendor?: string;
  client?: string;
  /** The vendor's view of the request once authenticated (stages/stage-context.ts). */
  context?: StageContext;

  constructor(
    readonly request: RequestView,
    readonly target: Target,
    readonly env: AdapterEnv,
  ) {}

  get method(): string {
    return this.request.method;
  }
}
