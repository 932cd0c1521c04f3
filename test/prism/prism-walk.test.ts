import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../support/free-port.js';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient, type SpecResponse } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { VENDOR_MODULES } from '../../src/vendors/index.js';
import type { Walk } from './walker.js';
import { loadSpec } from '../../src/spec/load-spec.js';
import { operationsOf } from '../../src/spec/operations.js';

/**
 * An independent check: Stoplight Prism (5.14.2) proxies to the mock with --errors and
 * turns any response that breaks openapi.yaml into a 500 with `sl-violations`. The walk
 * covers every operation, its happy path and the errors the mock itself decides (Prism
 * answers spec-invalid requests on its own, so those are checked in validation.test.ts).
 */
const PRISM = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));
const SPEC = fileURLToPath(new URL('../../openapi.yaml', import.meta.url));

let app: MockApp;
let mock: RunningServer;
let prism: ChildProcess;
let prismUrl: string;

beforeAll(async () => {
  app = await createMockApp({ clock: 'frozen' });
  mock = await startNodeServer(app, { port: 0 });
  const port = await freePort();
  prismUrl = `http://127.0.0.1:${port}`;
  prism = spawn(PRISM, ['proxy', SPEC, mock.url, '--errors', '--cors=false', '-p', String(port), '-h', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const onData = (d: Buffer) => {
      log += d;
      if (log.includes('Prism is listening')) resolve();
    };
    prism.stdout!.on('data', onData);
    prism.stderr!.on('data', onData);
    prism.once('exit', (code) => reject(new Error(`prism exited ${code}: ${log}`)));
  });
}, 60_000);

afterAll(async () => {
  prism?.kill('SIGTERM');
  await mock?.close();
});

const covered = new Set<string>();
function checked(res: SpecResponse, status: number): SpecResponse {
  expect(res.headers.get('sl-violations'), 'Prism found violations').toBeNull();
  expect(JSON.stringify(res.body ?? '')).not.toContain('stoplight.io/prism/errors');
  expect(res.status).toBe(status);
  if (res.operationId) covered.add(res.operationId);
  return res;
}

describe('prism proxy --errors over every operation', () => {
  for (const { name } of VENDOR_MODULES)
    it(`finds no violation in the ${name} walk`, async () => {
      // Each vendor's walk is test/prism/walks/<vendor>.ts.
      const { walk } = (await import(`./walks/${name}.ts`)) as { walk: Walk };
      await walk({ c: new AssertingSpecClient(`/${name}`, `${prismUrl}/${name}`), checked, app, mock });
    });

  it('covered every operation in the spec', async () => {
    const all = operationsOf(await loadSpec())
      .map((o) => o.id)
      .sort();
    expect([...covered].sort()).toEqual(all);
  });
});
