import type { ReportSnapshot } from '../app/client-report.js';
import { xmlText } from '../core/xml.js';

type VendorReport = ReportSnapshot['vendors'][number];
type ClientEntry = VendorReport['clients'][number];

export const percent = (v: VendorReport) =>
  v.operations_total ? Math.round((100 * v.operations_covered) / v.operations_total) : 100;

const clientLines = (c: ClientEntry, mark: (met: boolean) => string): string[] => [
  `  ${c.client}: ${c.requests} requests, ${Object.keys(c.operations).length} operations` +
    ` (${Object.entries(c.forms)
      .map(([form, n]) => `${form} ${n}`)
      .join(', ')})`,
  ...Object.entries(c.operations).map(
    ([op, statuses]) =>
      `    ${op}  ${Object.entries(statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
  ),
  '    error paths:',
  ...c.error_paths.map((p) => `      ${mark(p.met)} ${p.label}`),
  ...(c.rejected_requests.length
    ? [
        '    requests the spec rejects:',
        ...c.rejected_requests.map(
          (r) =>
            `      ${r.operationId ?? '?'} ${r.status}: ${r.problems.join('; ')}` +
            (r.excerpt ? `  <- ${r.excerpt}` : ''),
        ),
      ]
    : []),
  ...(c.habits.length
    ? ['    habits:', ...c.habits.map((h) => `      ${h.habit}: ${h.from} -> ${h.to} (${h.count}×)`)]
    : []),
  ...(c.not_called.length ? [`    not called: ${c.not_called.join(', ')}`] : []),
];

/** The proxied services' departures from the spec (an older mock's report has none). */
const driftOf = (report: ReportSnapshot) => report.upstream_drift ?? [];

const driftLines = (report: ReportSnapshot): string[] =>
  driftOf(report).length
    ? [
        '',
        'upstream drift (the real services against the spec):',
        ...driftOf(report).map(
          (d) =>
            `  ${d.vendor} ${d.operation} ${d.direction}: ${d.violation} (${d.count}×)` +
            (d.excerpt ? `  ${d.excerpt}` : ''),
        ),
      ]
    : [];

/** The report as a person reads it in a terminal. */
export function renderText(report: ReportSnapshot, base: string): string {
  if (!report.vendors.length && !driftOf(report).length)
    return `supportbot-mock report for ${base}: no client traffic yet`;
  return [
    `supportbot-mock report for ${base}`,
    ...report.vendors.flatMap((v) => [
      '',
      `${v.vendor}: ${v.operations_covered} of ${v.operations_total} operations covered (${percent(v)}%)`,
      ...v.clients.flatMap((c) => clientLines(c, (met) => (met ? '✓' : '✗'))),
    ]),
    ...driftLines(report),
  ].join('\n');
}

/** The same as Markdown, for a pull request or a CI summary. */
export function renderMarkdown(report: ReportSnapshot, base: string): string {
  const out = [`# Client report (${base})`];
  for (const v of report.vendors) {
    out.push('', `## ${v.vendor}: ${v.operations_covered} of ${v.operations_total} operations (${percent(v)}%)`);
    for (const c of v.clients) {
      out.push('', `### ${c.client}`, '', '| operation | statuses |', '|---|---|');
      for (const [op, statuses] of Object.entries(c.operations))
        out.push(
          `| \`${op}\` | ${Object.entries(statuses)
            .map(([s, n]) => `${s} × ${n}`)
            .join(', ')} |`,
        );
      out.push('', '**Error paths**', '', ...c.error_paths.map((p) => `- [${p.met ? 'x' : ' '}] ${p.label}`));
      if (c.rejected_requests.length)
        out.push(
          '',
          '**Requests the spec rejects**',
          '',
          ...c.rejected_requests.map((r) => `- \`${r.operationId ?? '?'}\` ${r.status}: ${r.problems.join('; ')}`),
        );
      if (c.habits.length)
        out.push(
          '',
          '**Habits**',
          '',
          ...c.habits.map((h) => `- ${h.habit}: \`${h.from}\` → \`${h.to}\` (${h.count}×)`),
        );
      if (c.not_called.length) out.push('', `Not called: ${c.not_called.map((o) => `\`${o}\``).join(', ')}`);
    }
  }
  if (driftOf(report).length)
    out.push(
      '',
      '## Upstream drift',
      '',
      '| vendor | operation | direction | violation | count |',
      '|---|---|---|---|---|',
      ...driftOf(report).map(
        (d) =>
          `| ${d.vendor} | \`${d.operation}\` | ${d.direction} | ${d.violation.replaceAll('|', '\\|')} | ${d.count} |`,
      ),
    );
  return `${out.join('\n')}\n`;
}

/** JUnit: a suite per vendor and client; an error path not met is skipped, a rejected request fails. */
export function renderJunit(report: ReportSnapshot): string {
  const suites = report.vendors.flatMap((v) =>
    v.clients.map((c) => {
      const cases = [
        ...c.error_paths.map((p) =>
          p.met
            ? `    <testcase classname="${xmlText(v.vendor)}" name="${xmlText(`error path: ${p.label}`)}"/>`
            : `    <testcase classname="${xmlText(v.vendor)}" name="${xmlText(`error path: ${p.label}`)}">` +
              `<skipped message="not met by this client"/></testcase>`,
        ),
        ...c.rejected_requests.map(
          (r, i) =>
            `    <testcase classname="${xmlText(v.vendor)}" ` +
            `name="${xmlText(`request ${i + 1} to ${r.operationId ?? '?'}`)}">` +
            `<failure message="${xmlText(r.problems.join('; '))}">${xmlText(r.excerpt)}</failure></testcase>`,
        ),
      ];
      const failures = c.rejected_requests.length;
      const skipped = c.error_paths.filter((p) => !p.met).length;
      return (
        `  <testsuite name="${xmlText(`${v.vendor} ${c.client}`)}" tests="${cases.length}" failures="${failures}" ` +
        `skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`
      );
    }),
  );
  const drift = driftOf(report);
  if (drift.length)
    suites.push(
      `  <testsuite name="upstream drift" tests="${drift.length}" failures="${drift.length}" skipped="0">\n` +
        drift
          .map(
            (d) =>
              `    <testcase classname="${xmlText(d.vendor)}" name="${xmlText(`${d.operation} ${d.direction}`)}">` +
              `<failure message="${xmlText(`${d.violation} (${d.count}×)`)}">` +
              `${xmlText(d.excerpt)}</failure></testcase>`,
          )
          .join('\n') +
        '\n  </testsuite>',
    );
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="supportbot-mock report">';
  return `${head}\n${suites.join('\n')}\n</testsuites>\n`;
}
