import type { RequestView, Target } from '../core/request-view.js';
import type { Operation } from '../spec/operations.js';
import type { RequestProblem, ValidInput } from '../spec/request-validator.js';
import type { Answer } from './answer.js';
import type { AdapterEnv } from './env.js';
import type { JournalEntry, UpstreamCall } from '../core/journal-entry.js';
import type { RequestContext } from './vendor-module.js';

/** How a request named its vendor: by the path's mount, by host name, or by a port of the vendor's own. */
type RequestForm = JournalEntry['form'];

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
  /** Why the spec refused the request, for the client report (stages/report.ts). */
  requestProblem?: RequestProblem;
  /** How the request named its vendor (stages/roots.ts). */
  form: RequestForm = 'mount';
  /** Through the proxy: the call to the real service (stages/forward.ts). */
  upstream?: UpstreamCall;
  /** The vendor whose mount took the request (stages/mounts.ts). */
  vendor?: string;
  /** The client as the vendor names it, worked out once when first asked (stages/client-of.ts). */
  client?: string;
  /**
   * The one per-request context the vendor's authenticate, limits and handler see, made
   * once (stages/stage-context.ts); authenticate adds the principal, limits the meter.
   */
  context?: RequestContext;
  /** The last stage entered: the one that answered, when it refused (stages/stage.ts). */
  stage = '';
  /** The fault that fired on this request (stages/faults.ts). */
  fault?: { id: number; type: string };
  /** What the mock left out of a request it took (rows past a plan's cap): journal and log say so. */
  notes?: string[];

  constructor(
    readonly request: RequestView,
    /** The path on the vendor's mount, whatever form the request came in (stages/roots.ts). */
    public target: Target,
    readonly env: AdapterEnv,
  ) {}

  get method(): string {
    return this.request.method;
  }
}
