/** One case's outcome, as the runner prints it and the reports carry it. */
export interface CaseResult {
  vendor: string;
  suite: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  /** Why it did not run. */
  reason?: string;
  error?: string;
  /** The operations its calls reached (operationIds; a path the spec lacks, as such). */
  operations: string[];
  /** Calls made, by operation. */
  calls?: Record<string, number>;
}

/** XML 1.0 allows no control characters but tab, LF and CR, even escaped. */
const xmlChars = (s: string) =>
  Array.from(s)
    .filter((ch) => ch.charCodeAt(0) >= 0x20 || ch === '\t' || ch === '\n' || ch === '\r')
    .join('');

const escape = (s: string) =>
  xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML as CI systems read it: a suite per vendor, a case per contract case. */
export function junitReport(results: CaseResult[], seconds: number): string {
  const vendors = [...new Set(results.map((r) => r.vendor))];
  const count = (rs: CaseResult[], s: CaseResult['status']) => rs.filter((r) => r.status === s).length;
  const suites = vendors.map((vendor) => {
    const rs = results.filter((r) => r.vendor === vendor);
    const time = rs.reduce((n, r) => n + r.durationMs, 0) / 1000;
    const cases = rs.map((r) => {
      const took = (r.durationMs / 1000).toFixed(3);
      const classname = escape(`${vendor}.${r.suite}`);
      const head = `    <testcase classname="${classname}" name="${escape(r.name)}" time="${took}"`;
      if (r.status === 'passed') return `${head}/>`;
      if (r.status === 'skipped')
        return `${head}>\n      <skipped message="${escape(r.reason ?? '')}"/>\n    </testcase>`;
      const first = (r.error ?? '').split('\n')[0];
      return `${head}>\n      <failure message="${escape(first)}">${escape(r.error ?? '')}</failure>\n    </testcase>`;
    });
    return (
      `  <testsuite name="${escape(vendor)}" tests="${rs.length}" failures="${count(rs, 'failed')}" ` +
      `skipped="${count(rs, 'skipped')}" time="${time.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="supportbot-mock contracts" tests="${results.length}" ` +
    `failures="${count(results, 'failed')}" skipped="${count(results, 'skipped')}" time="${seconds.toFixed(3)}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}
