import type { MiddlewareHandler } from 'hono';
import { describeProblem } from '../../spec/describe-problem.js';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';
import { responseText, type VendorModule } from '../vendor-module.js';

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
  (vendor: VendorModule, services: MockRuntime): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    if (c.req.method === 'OPTIONS') return void c.set('vendor', vendor.name);
    const op = c.get('operation');
    const res = c.res;
    const client =
      vendor.report?.client({ request: c.req.raw, principal: c.get('principal'), input: c.get('input') }) ??
      'unidentified';
    // The journal, outside every vendor's stages, names the vendor and client from these.
    c.set('vendor', vendor.name);
    c.set('client', client);
    const problem = c.get('requestProblem');
    const location = res.headers.get('location');
    const url = c.get('url') ?? new URL(c.req.url);
    const bytes = c.get('body');
    services.report.record(
      vendor.name,
      client,
      {
        operationId: op?.id,
        status: res.status,
        contentType: res.headers.get('content-type'),
        retryAfter: res.headers.has('retry-after'),
        text: responseText.get(res),
      },
      {
        problems: problem && describeProblem(problem),
        excerpt: problem && bytes ? new TextDecoder().decode(bytes.subarray(0, EXCERPT_CHARS)) : undefined,
        redirect:
          !op && (res.status === 301 || res.status === 307) && location
            ? { from: vendorPath(url.pathname), to: vendorPath(new URL(location, url).pathname) }
            : undefined,
      },
    );
  };
