import { writeFileSync } from 'node:fs';
import { parseOptions, UsageError } from '../src/cli/parse-options.js';
import { startNodeServer, type RunningServer } from '../src/adapters/node-server.js';
import { createMockApp } from '../src/create-app.js';
import { decimalInteger } from '../src/cli/decimal.js';
import { loadSpec, type OpenApiDocument } from '../src/spec/load-spec.js';
import { vendorsOf } from '../src/spec/operations.js';
import { VENDOR_MODULES, type VendorName } from '../src/vendors/index.js';
import { generatedCases } from './generated.js';
import { AssertingSpecClient, type ObservedCall } from './support/asserting-spec-client.js';
import { collect, Skipped, type ContractCase, type ContractFile } from './support/harness.js';
import { junitReport, type CaseResult } from './support/junit.js';
import { CREDENTIAL_ENV, describeTarget, useTarget, type Target } from './support/targets.js';

// The vendors are the one list's (src/vendors/index.ts); each has its hand-written flows in
// contracts/<vendor>/<vendor>.contract.ts, which esbuild bundles by the pattern.
const VENDORS = VENDOR_MODULES.map((m) => m.name as VendorName);
type Vendor = VendorName;
const loadContracts = (v: Vendor) => import(`./${v}/${v}.contract.ts`);

/** A case runs at most this long; a target that hangs fails the case, not the run. */
const CASE_TIMEOUT_MS = 30_000;

/** One line a vendor, from the vendor list and each vendor's origin in the spec. */
const vendorFlags = (spec: OpenApiDocument) =>
  vendorsOf(spec)
    .map(
      (v) =>
        `  --${`${v.name} URL`.padEnd(17)}${v.name}'s base (e.g. ${v.origin}); env ${v.name.toUpperCase()}_BASE_URL`,
    )
    .join('\n');

const contractsUsage = (spec: OpenApiDocument) => `Usage: supportbot-mock contracts [options]

Checks services against openapi.yaml: every answer must have a documented status, content
type, body and headers, in the vendor's error shape. With no target given it starts its
own mock (frozen clock) and checks that.

${vendorFlags(spec)}
                     only the vendors given run
  --allow-writes     also run cases that write (chat messages, knowledge, webhooks)
  --reset            on a supportbot-mock target, allow cases that change its clock,
                     faults and data (never on by default)
  --seed N           seeds which generated cases run (default 1)
  --max-cases N      generated cases per operation, at most (default 8; 0: none)
  --junit FILE       write a JUnit XML report
  --json FILE        write a JSON report
  -h, --help         this text

Credentials: ${CREDENTIAL_ENV.join(', ')}; a mock started with --admin-token
takes --reset's admin calls from another host with SUPPORTBOT_MOCK_ADMIN_TOKEN.
Exit 0 all passed, 1 a case failed, 2 usage or an unreachable target.`;

interface Options {
  bases: Partial<Record<Vendor, string>>;
  seed: number;
  maxCases: number;
  allowWrites: boolean;
  reset: boolean;
  junit?: string;
  json?: string;
}

function parse(argv: string[], env: NodeJS.ProcessEnv): Options | 'help' {
  const { values } = parseOptions(argv, {
    ...Object.fromEntries(VENDORS.map((v) => [v, { type: 'string' as const }])),
    'allow-writes': { type: 'boolean' },
    reset: { type: 'boolean' },
    seed: { type: 'string' },
    'max-cases': { type: 'string' },
    junit: { type: 'string' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const bases: Options['bases'] = {};
  for (const v of VENDORS) {
    const base = (values as Record<string, string | undefined>)[v] ?? env[`${v.toUpperCase()}_BASE_URL`];
    if (base === undefined || base === '') continue;
    if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol))
      throw new UsageError(`--${v} must be an http(s) URL, got ${base}`);
    bases[v] = base.replace(/\/$/, '');
  }
  const int = (name: string, raw: string, max: number) => {
    const n = decimalInteger(raw, 0, max);
    if (n === undefined) throw new UsageError(`--${name} must be an integer from 0 to ${max}`);
    return n;
  };
  return {
    bases,
    seed: int('seed', values.seed ?? '1', 2 ** 32 - 1),
    maxCases: int('max-cases', values['max-cases'] ?? '8', 1000),
    allowWrites: values['allow-writes'] ?? false,
    reset: values.reset ?? false,
    junit: values.junit,
    json: values.json,
  };
}

/** One line, once, for a target that does not answer at all. */
async function unreachable(base: string): Promise<string | undefined> {
  try {
    await fetch(base, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
    return undefined;
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (e as Error).message;
  }
}

const skipReason = (c: ContractCase, t: Target): string | undefined => {
  if (c.needs === 'writes' && !t.allowWrites) return 'writes to the target: run with --allow-writes';
  if (c.needs === 'mock' && !t.isMock) return 'needs a supportbot-mock target (its admin API)';
  if (c.needs === 'mock' && !t.mayChangeMock) return "changes the mock's clock, faults or data: run with --reset";
  return undefined;
};

async function withTimeout(run: () => unknown): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      Promise.resolve().then(run),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CASE_TIMEOUT_MS / 1000} s`)), CASE_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The failure as a user reads it: the case's message, and the call it was looking at. */
function explain(error: unknown, calls: ObservedCall[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const last = calls.at(-1);
  if (!last || message.includes(' against the spec')) return message;
  const op = last.operationId ? ` (${last.operationId})` : '';
  return `${message}\n  last call: ${last.method} ${last.path}${op} answered ${last.status}: ${last.excerpt}`;
}

async function runFile(file: ContractFile, t: Target, out: CaseResult[], log: (line: string) => void) {
  log(`\n${file.vendor}`);
  let setup: unknown;
  for (const before of file.before) {
    try {
      await withTimeout(before);
    } catch (e) {
      setup = e;
      break;
    }
  }
  for (const c of file.cases) {
    const reason = skipReason(c, t);
    const base = { vendor: file.vendor, suite: c.suite, name: c.name };
    if (reason) {
      out.push({ ...base, status: 'skipped', reason, durationMs: 0, operations: [] });
      log(`  - ${c.name}\n      skipped: ${reason}`);
      continue;
    }
    const calls: ObservedCall[] = [];
    AssertingSpecClient.observer = (call) => calls.push(call);
    const started = performance.now();
    let error: string | undefined;
    let skipped: string | undefined;
    try {
      if (setup) throw setup;
      await withTimeout(c.run);
    } catch (e) {
      if (e instanceof Skipped) skipped = e.message;
      else error = explain(e, calls);
    }
    AssertingSpecClient.observer = undefined;
    const durationMs = Math.round(performance.now() - started);
    const byOp: Record<string, number> = {};
    for (const x of calls) {
      const op = x.operationId ?? `${x.method} ${x.path} (not in the spec)`;
      byOp[op] = (byOp[op] ?? 0) + 1;
    }
    if (skipped) {
      out.push({ ...base, status: 'skipped', reason: skipped, durationMs, operations: [] });
      log(`  - ${c.name}\n      skipped: ${skipped}`);
      continue;
    }
    const status = error ? ('failed' as const) : ('passed' as const);
    out.push({ ...base, status, error, durationMs, operations: Object.keys(byOp), calls: byOp });
    log(error ? `  ✗ ${c.name}\n      ${error.replace(/\n/g, '\n      ')}` : `  ✓ ${c.name} (${durationMs} ms)`);
  }
  for (const after of file.after) await withTimeout(after).catch(() => {});
}

/**
 * Per operation: the calls made to it, the cases that reached it, passed and failed, and
 * its generated cases skipped, with why.
 */
function operationTable(results: CaseResult[]) {
  const rows = new Map<string, { calls: number; passed: number; failed: number; skipped: number; why?: string }>();
  for (const r of results) {
    const generatedFor = /^generated > (\S+)$/.exec(r.suite)?.[1];
    if (r.status === 'skipped' && generatedFor) {
      const row = rows.get(generatedFor) ?? { calls: 0, passed: 0, failed: 0, skipped: 0 };
      row.skipped += 1;
      row.why = r.reason;
      rows.set(generatedFor, row);
    }
    for (const op of r.operations) {
      const row = rows.get(op) ?? { calls: 0, passed: 0, failed: 0, skipped: 0 };
      row[r.status === 'failed' ? 'failed' : 'passed'] += 1;
      row.calls += r.calls?.[op] ?? 0;
      rows.set(op, row);
    }
  }
  return [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([operation, row]) => ({ operation, ...row }));
}

export async function runContracts(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options;
  try {
    options = parse(argv, env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`supportbot-mock contracts: ${e.message}\nsupportbot-mock help contracts lists every option.`);
    return 2;
  }
  if (options === 'help') {
    console.log(contractsUsage(await loadSpec()));
    return 0;
  }
  const given = VENDORS.filter((v) => options.bases[v]);
  for (const v of given) {
    const problem = await unreachable(options.bases[v]!);
    if (problem) {
      console.error(`supportbot-mock contracts: cannot reach ${v} at ${options.bases[v]} (${problem})`);
      return 2;
    }
  }

  let own: RunningServer | undefined;
  const vendors: readonly Vendor[] = given.length ? given : VENDORS;
  if (!given.length) own = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
  const started = performance.now();
  const results: CaseResult[] = [];
  const spec = await loadSpec();
  try {
    for (const v of vendors) {
      const base = own ? `${own.url}/${v}` : options.bases[v]!;
      const t = await describeTarget(v, base, { ownMock: own !== undefined, ...options });
      useTarget(v, t);
      const kind = t.isMock ? (t.ownMock ? 'its own supportbot-mock' : 'a supportbot-mock') : 'a service';
      console.log(`${v}: ${base} (${kind}; writes ${t.allowWrites ? 'on' : 'off'})`);
      const file = await collect(v, () => loadContracts(v));
      // Hand-written flows first: the generated calls may spend a rate limit they count on.
      if (options.maxCases > 0) file.cases.push(...generatedCases(spec, v, options));
      await runFile(file, t, results, (line) => console.log(line));
    }
  } finally {
    await own?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const count = (s: CaseResult['status']) => results.filter((r) => r.status === s).length;
  const operations = operationTable(results);
  const cell = (v: number) => String(v).padStart(8);
  const head = ['calls', 'passed', 'failed', 'skipped'].map((h) => h.padStart(8)).join('');
  console.log(`\n  ${'operation'.padEnd(44)}${head}`);
  for (const o of operations)
    console.log(
      `  ${o.operation.padEnd(44)}${cell(o.calls)}${cell(o.passed)}${cell(o.failed)}${cell(o.skipped)}` +
        (o.skipped ? `  (${o.why})` : ''),
    );
  console.log(
    `\n${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped in ${seconds.toFixed(1)} s`,
  );
  if (options.junit) writeFileSync(options.junit, junitReport(results, seconds));
  if (options.json)
    writeFileSync(
      options.json,
      JSON.stringify(
        {
          targets: Object.fromEntries(vendors.map((v) => [v, own ? `${own.url}/${v}` : options.bases[v]])),
          summary: { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), seconds },
          cases: results,
          operations,
        },
        null,
        2,
      ),
    );
  return count('failed') > 0 ? 1 : 0;
}
