import type { MiddlewareHandler } from 'hono';
import { JOURNAL_BODY_CHARS } from '../../core/journal.js';
import { describeProblem } from '../../spec/describe-problem.js';
import type { AppEnv } from '../env.js';
import type { MockRuntime } from '../runtime.js';
import { isDropped } from '../drop.js';
import { sessionOf } from '../session-of.js';
import { responseText } from '../vendor-module.js';

/** Methods that change nothing; any other request may have, and a `--state` file saves. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Records every answered request in the bounded journal (GET /__admin/journal): what was
 * asked and answered, by whom, in which session, how long it took, and what the spec
 * found wrong in it. Only references and a bounded copy of the body are taken here; the
 * journal decodes and masks them when read.
 */
export const journalStage =
  (services: MockRuntime): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const started = performance.now();
    await next();
    if (!SAFE_METHODS.has(c.req.method)) services.changed();
    if (c.req.path.startsWith('/__admin')) return;
    const url = c.get('url') ?? new URL(c.req.url);
    const bytes = c.get('body');
    const problem = c.get('requestProblem');
    const text = responseText.get(c.res);
    services.journal.record({
      at: services.clock.iso(),
      method: c.req.method,
      path: url.pathname + url.search,
      // A dropped connection answered nothing: 0, as fetch reports a network error.
      status: isDropped(c.res) ? 0 : c.res.status,
      operationId: c.get('operation')?.id,
      vendor: c.get('vendor'),
      principal: c.get('client'),
      session: sessionOf(c.get('input')),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      requestHeaders: c.req.raw.headers,
      requestBody: bytes && {
        head: bytes.slice(0, JOURNAL_BODY_CHARS),
        total: bytes.length,
        contentType: c.req.header('content-type') ?? null,
      },
      responseHeaders: c.res.headers,
      responseText: text,
      streamed: !text && /text\/event-stream/.test(c.res.headers.get('content-type') ?? ''),
      violations: () => (problem ? describeProblem(problem) : []),
    });
  };
