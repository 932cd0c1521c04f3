import { describeProblem } from '../../spec/describe-problem.js';
import type { MockRuntime } from '../runtime.js';
import type { VendorModule } from '../vendor-module.js';
import { clientOf } from './client-of.js';
import { after, type Stage } from './stage.js';

/** The path as the client wrote it against the vendor: without the mock's mount. */
const vendorPath = (path: string) => path.replace(/^\/[^/]+/, '');

/** Characters of a rejected request's body the report quotes. */
const EXCERPT_CHARS = 200;

/**
 * Credits each answered request to the client that sent it (the vendor says who that is),
 * for GET /__admin/report: the operation and status, the error paths it showed, the
 * problems the spec found in the request, and a trailing slash followed by a redirect.
 * Preflights are the browser's, not the client's, and are left out.
 */
export const reportStage =
  (vendor: VendorModule, runtime: MockRuntime): Stage =>
  (x, next) =>
    after(next(x), () => {
      if (x.method === 'OPTIONS') return;
      const op = x.operation;
      const answer = x.answer;
      const client = clientOf(x, vendor);
      const problem = x.requestProblem;
      const location = answer.headers.get('location');
      const bytes = x.body;
      runtime.report.record(
        vendor.name,
        client,
        {
          operationId: op?.id,
          status: answer.status,
          contentType: answer.headers.get('content-type'),
          retryAfter: answer.headers.has('retry-after'),
          text: answer.text,
        },
        {
          problems: problem && describeProblem(problem),
          excerpt: problem && bytes ? new TextDecoder().decode(bytes.subarray(0, EXCERPT_CHARS)) : undefined,
          form: x.form,
          redirect:
            !op && (answer.status === 301 || answer.status === 307) && location
              ? {
                  from: vendorPath(x.target.pathname),
                  to: vendorPath(new URL(location, `http://mock${x.target.pathname}`).pathname),
                }
              : undefined,
        },
      );
    });
