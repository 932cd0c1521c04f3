import type { RawEntry } from '../../core/journal-entry.js';
import { flatHeaders, journalBody } from '../../core/journal.js';
import { describeProblem } from '../../spec/describe-problem.js';
import { logEntryOf } from '../request-log.js';
import type { MockRuntime } from '../runtime.js';
import { after, type Stage } from './stage.js';

/** Methods that change nothing; any other request may have, and a `--state` file saves. */
export const changesState = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/**
 * Records every answered request in the bounded journal (GET /__admin/journal): what was
 * asked and answered, by whom, in which session, how long it took, and what the spec
 * found wrong in it. Text, numbers and flat lists of strings are taken here, which the
 * journal keeps outside V8's heap (core/journal-store.ts says why) and masks and cuts when read.
 */
export const journalStage =
  (runtime: MockRuntime): Stage =>
  (x, next) => {
    const started = performance.now();
    return after(next(x), () => {
      if (changesState(x.method)) runtime.changed();
      const answer = x.answer;
      const bytes = x.body;
      const problem = x.requestProblem;
      const entry: RawEntry = {
        atMs: runtime.clock.nowMs(),
        method: x.method,
        path: x.target.pathname + x.target.search,
        form: x.form,
        upstream: x.upstream,
        // A dropped connection answered nothing: 0, as fetch reports a network error.
        status: answer.dropped ? 0 : answer.status,
        operationId: x.operation?.id,
        vendor: x.vendor,
        principal: x.client,
        session: x.session,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        requestHeaders: flatHeaders(x.request.headers),
        requestBody: bytes && journalBody(bytes, x.request.headers.get('content-type'), x.input?.text),
        responseHeaders: flatHeaders(answer.headers),
        responseText: answer.text,
        streamed: answer.text === undefined && answer.isEventStream,
        violations: problem && (() => describeProblem(problem)),
        stage: x.stage,
        ...(x.fault && { fault: x.fault }),
        ...(x.notes && { notes: x.notes }),
      };
      runtime.journal.record(entry);
      // Worded (violations, the error's message) only when someone listens.
      if (runtime.onRequest) runtime.onRequest(logEntryOf(entry));
    });
  };
