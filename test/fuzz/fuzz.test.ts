import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseValidator } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { operationsOf } from '../../src/spec/operations.js';
import { VENDOR_MODULES } from '../../src/vendors/index.js';
import type { ResponseValidator } from '../../src/spec/response-validator.js';
import { undocumentedRefusal } from '../support/refusals.js';
import { requestFor, type FuzzRequest } from './requests.js';

/**
 * Property-based requests generated from openapi.yaml, through the Node server: valid
 * ones, and ones with wrong types, missing and extra fields, values past their bounds,
 * tricky scripts, huge and deeply nested values, truncated JSON, wrong content types,
 * broken multipart and hostile path parameters. Every answer must be documented (status,
 * content type, schema, the vendor's error shape), never a 5xx, and a refused request
 * must leave the state as it was. FUZZ_SEED repeats a run; FUZZ_RUNS sets cases per vendor.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

let app: MockApp;
let server: RunningServer;
let validator: ResponseValidator;
beforeAll(async () => {
  console.log(`fuzz: seed ${SEED}, ${RUNS} cases per vendor (FUZZ_SEED=${SEED} repeats this run)`);
  // Unlimited, so that cases reach the handlers rather than stop at a rate limit.
  app = await createMockApp({ clock: 'frozen', unlimited: true, webhooks: { timeoutMs: 200 } });
  server = await startNodeServer(app, { port: 0 });
  validator = await responseValidator();
});
afterAll(() => server?.close());

/** Statuses seen, per vendor: printed, so a run that only ever meets 401 is plain to see. */
const seen = new Map<string, Map<number, number>>();

const census = async () => (await app.admin('GET', '/census')).body;
const shown = (r: FuzzRequest) =>
  `${r.method} ${r.path.slice(0, 200)} (${r.mutation}; seed ${SEED})` +
  (typeof r.body === 'string' ? `\n  body: ${r.body.slice(0, 300)}` : '');

async function send(r: FuzzRequest) {
  const url = new URL(`${server.url}${r.path}`);
  const res = await fetch(url, {
    method: r.method,
    headers: r.headers,
    body: r.body as BodyInit | undefined,
    redirect: 'manual',
  });
  const text = await res.text();
  const contentType = res.headers.get('content-type');
  let body: unknown = text === '' ? undefined : text;
  if (contentType?.includes('json') && text) body = JSON.parse(text);
  // The path as sent: URL parsing resolves `.` and `..` segments before anything leaves.
  return { sent: url.pathname + url.search, status: res.status, contentType, headers: res.headers, body, text };
}

describe('fuzzing every operation from openapi.yaml', () => {
  for (const vendor of VENDOR_MODULES.map((m) => m.name)) {
    it(`${vendor}: documented answers, no 5xx, and refused requests change nothing`, async () => {
      const ops = operationsOf(app.spec).filter((o) => o.vendor === vendor && o.method !== 'OPTIONS');
      const cases = fc.constantFrom(...ops).chain(requestFor);
      await fc.assert(
        fc.asyncProperty(cases, async (r) => {
          const before = r.method === 'GET' ? undefined : await census();
          const res = await send(r);
          const counts = seen.get(vendor) ?? seen.set(vendor, new Map()).get(vendor)!;
          counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
          expect(res.status, shown(r)).toBeLessThan(500);
          const { violations } = validator.check({ method: r.method, path: res.sent, ...res });
          expect(violations, `${shown(r)}\n  answer: ${res.status} ${res.text.slice(0, 300)}`).toEqual([]);
          if (before && res.status >= 400) expect(await census(), `${shown(r)} changed the state`).toEqual(before);
          if (res.status === 400 || res.status === 422) {
            const [entry] = app.runtime.journal.entries(1);
            expect(undocumentedRefusal(app.spec, entry), shown(r)).toBeUndefined();
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      const counts = [...seen.get(vendor)!].sort(([a], [b]) => a - b);
      console.log(`fuzz ${vendor}: ${counts.map(([s, n]) => `${s}×${n}`).join(' ')}`);
      // Cases must get past authentication and validation into the handlers.
      expect(counts.filter(([s]) => s < 300).reduce((n, [, c]) => n + c, 0)).toBeGreaterThan(RUNS / 10);
    }, 600_000);
  }
});
