import { xmlText } from '../../src/core/xml.js';

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

/** JUnit XML as CI systems read it: a suite per vendor, a case per contract case. */
export function junitReport(results: CaseResult[], seconds: number): string {
  const vendors = [...new Set(results.map((r) => r.vendor))];
  const count = (rs: CaseResult[], s: CaseResult['status']) => rs.filter((r) => r.status === s).length;
  const suites = vendors.map((vendor) => {
    const rs = results.filter((r) => r.vendor === vendor);
    const time = rs.reduce((n, r) => n + r.durationMs, 0) / 1000;
    const cases = rs.map((r) => {
      const took = (r.durationMs / 1000).toFixed(3);
      const classname = xmlText(`${vendor}.${r.suite}`);
      const head = `    <testcase classname="${classname}" name="${xmlText(r.name)}" time="${took}"`;
      if (r.status === 'passed') return `${head}/>`;
      if (r.status === 'skipped')
        return `${head}>\n      <skipped message="${xmlText(r.reason ?? '')}"/>\n    </testcase>`;
      const first = (r.error ?? '').split('\n')[0];
      const failure = `<failure message="${xmlText(first)}">${xmlText(r.error ?? '')}</failure>`;
      return `${head}>\n      ${failure}\n    </testcase>`;
    });
    return (
      `  <testsuite name="${xmlText(vendor)}" tests="${rs.length}" failures="${count(rs, 'failed')}" ` +
      `skipped="${count(rs, 'skipped')}" time="${time.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="supportbot-mock contracts" tests="${results.length}" ` +
    `failures="${count(results, 'failed')}" skipped="${count(results, 'skipped')}" time="${seconds.toFixed(3)}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}
