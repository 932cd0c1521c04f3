import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { wrongAsyntai } from '../support/wrong-asyntai.js';

/** `supportbot-mock contracts`, run as a user runs it: the built CLI in a child process. */
const CLI = fileURLToPath(new URL('../../dist/bin/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sbm-contracts-'));

function contracts(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // No *_BASE_URL from the environment: each test says what it targets.
    const env = { ...process.env, ASYNTAI_BASE_URL: '', CHUNGTAIR_BASE_URL: '', COMPANIN_BASE_URL: '' };
    const child = spawn(process.execPath, [CLI, 'contracts', ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('supportbot-mock contracts', () => {
  it('with no target, checks its own mock: every case passes, with JUnit and JSON reports', async () => {
    const junit = join(dir, 'own.xml');
    const json = join(dir, 'own.json');
    const run = await contracts(['--junit', junit, '--json', json]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.summary).toMatchObject({ failed: 0, skipped: 0 });
    expect(report.summary.passed).toBeGreaterThanOrEqual(33);
    expect(report.operations.map((o: { operation: string }) => o.operation)).toContain('companinSendSessionMessage');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="supportbot-mock contracts"/);
    expect(xml).toContain(`tests="${report.cases.length}" failures="0" skipped="0"`);
    expect(run.stdout).toMatch(/\d+ passed, 0 failed, 0 skipped/);
  }, 120_000);

  it('fails a wrong server with a message naming each fault, and exits 1', async () => {
    const wrong = await wrongAsyntai();
    try {
      const json = join(dir, 'wrong.json');
      const run = await contracts(['--asyntai', wrong.url, '--json', json]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('asyntaiGetAccount 200: account: must be object');
      expect(run.stdout).toContain('asyntaiListWebsites 200: websites: is required');
      expect(run.stdout).toContain('asyntaiListSessions: status 418 is not documented');
      expect(run.stdout).toContain('asyntaiListWebhooks 200: content-type text/html is not documented');
      // Only the vendor given ran; writes were not attempted against it.
      const report = JSON.parse(readFileSync(json, 'utf8'));
      expect(new Set(report.cases.map((c: { vendor: string }) => c.vendor))).toEqual(new Set(['asyntai']));
      expect(report.cases.filter((c: { status: string }) => c.status === 'skipped')).toContainEqual(
        expect.objectContaining({ reason: 'writes to the target: run with --allow-writes' }),
      );
    } finally {
      wrong.server.close();
    }
  }, 60_000);

  it('generates cases per operation: reproducible by seed, failing a server that accepts anything', async () => {
    const names = async (seed: string) => {
      const json = join(dir, `seed-${seed}.json`);
      await contracts(['--seed', seed, '--json', json]);
      return (JSON.parse(readFileSync(json, 'utf8')).cases as { suite: string; name: string; status: string }[]).filter(
        (c) => c.suite.startsWith('generated'),
      );
    };
    const one = await names('1');
    expect(one.every((c) => c.status === 'passed')).toBe(true);
    expect(one.map((c) => c.name)).toContain(
      'POST /asyntai/api/v1/chat/: body.message of the wrong type is refused with a 4xx',
    );
    expect((await names('1')).map((c) => c.name)).toEqual(one.map((c) => c.name));
    expect((await names('2')).map((c) => c.name)).not.toEqual(one.map((c) => c.name));
    const none = join(dir, 'none.json');
    await contracts(['--max-cases', '0', '--json', none]);
    expect(JSON.parse(readFileSync(none, 'utf8')).cases.some((c: { suite: string }) => c.suite.startsWith('gen'))).toBe(
      false,
    );

    const wrong = await wrongAsyntai();
    try {
      const run = await contracts(['--asyntai', wrong.url, '--allow-writes', '--max-cases', '50']);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('✗ POST /asyntai/api/v1/chat/: body without message is refused with a 4xx');
      const block = run.stdout.slice(run.stdout.indexOf('body without message is refused')).split('\n').slice(1, 3);
      expect(block.map((l) => l.trim())).toEqual([
        'expected 200 to be at least 400',
        expect.stringMatching(/^last call: POST \/api\/v1\/chat\/ \(asyntaiChat\) answered 200: /),
      ]);
    } finally {
      wrong.server.close();
    }
  }, 120_000);

  it('stops at once, with one line and exit 2, when a target cannot be reached; 2 for bad usage', async () => {
    const run = await contracts(['--companin', 'http://127.0.0.1:9']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^supportbot-mock contracts: cannot reach companin at http:\/\/127\.0\.0\.1:9 \(/),
    ]);
    expect(run.stdout).toBe('');
    expect((await contracts(['--asyntai', 'ftp://example.com'])).code).toBe(2);
    expect((await contracts(['--nonsense'])).code).toBe(2);
  }, 30_000);

  describe('against a running mock', () => {
    let app: MockApp;
    let mock: RunningServer;
    beforeAll(async () => {
      app = await createMockApp({ clock: 'frozen' });
      mock = await startNodeServer(app, { port: 0 });
    });
    afterAll(() => mock.close());

    it('leaves its state alone unless --reset, and says why it skipped', async () => {
      const token = 'abcdefabcdefabcdefabcdefabcdef12';
      await app.admin('PUT', `/chungtair/bots/${token}`, { bot_name: 'Mine' });
      const json = join(dir, 'running.json');
      const run = await contracts(['--chungtair', `${mock.url}/chungtair`, '--json', json]);
      expect(run.code, run.stdout).toBe(0);
      const cases = JSON.parse(readFileSync(json, 'utf8')).cases as { status: string; reason?: string }[];
      expect(cases.filter((c) => c.status === 'skipped').map((c) => c.reason)).toContain(
        "changes the mock's clock, faults or data: run with --reset",
      );
      expect((await app.admin('GET', `/chungtair/bots/${token}`)).status).toBe(200);

      const all = await contracts(['--chungtair', `${mock.url}/chungtair`, '--reset', '--allow-writes']);
      expect(all.code, all.stdout).toBe(0);
      expect(all.stdout).toMatch(/ 0 failed, 0 skipped/);
    }, 60_000);
  });
});
