import { writeFileSync } from 'node:fs';
import { parseOptions } from './parse-options.js';
import type { ReportSnapshot } from '../app/client-report.js';
import { percent, renderJunit, renderMarkdown, renderText } from './report-render.js';
import { decimalInteger } from './decimal.js';

const REPORT_USAGE = `Usage: supportbot-mock report [options]

What each client under test did against a running mock: operations covered, the error
paths met (401, 403, 404, 410, 422, 429 with Retry-After, 503 and SSE error events, a
paused bot, an expired token, a refused origin), requests the spec rejects, and habits
that work only through a redirect.

  --base-url URL       the mock (default http://127.0.0.1:4010)
  --markdown FILE      also write it as Markdown
  --junit FILE         also write it as JUnit XML
  --fail-under PCT     exit 1 when a vendor the client used has less of its operations covered
  -h, --help           this text`;

export async function runReport(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseOptions(argv, {
      'base-url': { type: 'string' },
      markdown: { type: 'string' },
      junit: { type: 'string' },
      'fail-under': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    }));
  } catch (e) {
    console.error(`supportbot-mock report: ${(e as Error).message}\nsupportbot-mock help report lists every option.`);
    return 2;
  }
  if (values.help) {
    console.log(REPORT_USAGE);
    return 0;
  }
  const failUnder = values['fail-under'] === undefined ? undefined : decimalInteger(values['fail-under'], 0, 100);
  if (values['fail-under'] !== undefined && failUnder === undefined) {
    console.error('supportbot-mock report: --fail-under must be a whole percentage from 0 to 100');
    return 2;
  }
  const base = (values['base-url'] ?? 'http://127.0.0.1:4010').replace(/\/$/, '');
  let report: ReportSnapshot;
  try {
    const token = process.env.SUPPORTBOT_MOCK_ADMIN_TOKEN;
    const res = await fetch(`${base}/__admin/report`, {
      signal: AbortSignal.timeout(5000),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (!res.ok) throw new Error(`GET /__admin/report answered ${res.status}: is this a supportbot-mock?`);
    report = (await res.json()) as ReportSnapshot;
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    console.error(`supportbot-mock report: cannot read ${base}/__admin/report (${cause ?? (e as Error).message})`);
    return 2;
  }
  console.log(renderText(report, base));
  if (values.markdown) writeFileSync(values.markdown, renderMarkdown(report, base));
  if (values.junit) writeFileSync(values.junit, renderJunit(report));
  const short = failUnder === undefined ? [] : report.vendors.filter((v) => percent(v) < failUnder);
  for (const v of short)
    console.error(`supportbot-mock report: ${v.vendor} covers ${percent(v)}% of its operations, under ${failUnder}%`);
  return short.length ? 1 : 0;
}
