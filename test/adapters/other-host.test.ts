import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';

const run = promisify(execFile);

/**
 * The mock bound to every address, called from another host: a network namespace this test
 * makes, joined to this one by a veth pair with addresses of its own (10.213.7.1 here,
 * 10.213.7.2 there). Nothing else is a target. Needs root and iproute2, as CI has.
 */
const canMakeHosts =
  process.getuid?.() === 0 &&
  (() => {
    try {
      execFileSync('ip', ['-V'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
if (!canMakeHosts && process.env.CI) throw new Error('the other-host test needs root and iproute2 (ip), as CI has');

const tag = String(process.pid % 100000);
const NS = `sbm-${tag}`;
const HERE = '10.213.7.1';
const THERE = '10.213.7.2';
const TOKEN = 'other-host-token-0123456789';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });

/**
 * Requests sent from inside the namespace with node:http, so that Host can be anything a
 * client writes; each answer's status and body.
 */
async function fromThere(
  port: number,
  requests: { method?: string; path: string; headers?: Record<string, string>; body?: string }[],
): Promise<{ status: number; body: string }[]> {
  const script = `
const http = require('node:http');
const requests = JSON.parse(process.argv[1]);
(async () => {
  const out = [];
  for (const r of requests) {
    out.push(await new Promise((resolve, reject) => {
      const req = http.request({ host: ${JSON.stringify(HERE)}, port: ${port}, method: r.method ?? 'GET', path: r.path,
        headers: r.headers ?? {}, timeout: 5000 }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode, body }));
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(r.body);
    }));
  }
  console.log(JSON.stringify(out));
})();`;
  const { stdout } = await run('ip', ['netns', 'exec', NS, process.execPath, '-e', script, JSON.stringify(requests)], {
    timeout: 30_000,
  });
  return JSON.parse(stdout) as { status: number; body: string }[];
}

describe.skipIf(!canMakeHosts)('the mock on --host 0.0.0.0, from another host', () => {
  let open: RunningServer;
  let tokened: RunningServer;
  beforeAll(async () => {
    ip('netns', 'add', NS);
    ip('link', 'add', `sbmh${tag}`, 'type', 'veth', 'peer', 'name', `sbmn${tag}`);
    ip('link', 'set', `sbmn${tag}`, 'netns', NS);
    ip('addr', 'add', `${HERE}/30`, 'dev', `sbmh${tag}`);
    ip('link', 'set', `sbmh${tag}`, 'up');
    ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${THERE}/30`, 'dev', `sbmn${tag}`);
    ip('netns', 'exec', NS, 'ip', 'link', 'set', `sbmn${tag}`, 'up');
    open = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0, host: '0.0.0.0' });
    tokened = await startNodeServer(await createMockApp({ clock: 'frozen', adminToken: TOKEN }), {
      port: 0,
      host: '0.0.0.0',
    });
  }, 30_000);
  afterAll(async () => {
    await open?.close();
    await tokened?.close();
    // Deleting the namespace deletes the veth pair with it.
    if (canMakeHosts) ip('netns', 'del', NS);
  });

  it('answers vendors and health; refuses admin without the token by name, address or forged Host', async () => {
    const port = open.port;
    const [chat, health, byAddress, byName, forged] = await fromThere(port, [
      {
        method: 'POST',
        path: '/asyntai/api/v1/chat/',
        headers: { authorization: `Bearer ${DEMO.asyntai.starter}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'Hello from the other host' }),
      },
      { path: '/__admin/health' },
      { path: '/__admin/journal' },
      { path: '/__admin/journal', headers: { host: `mock:${port}` } },
      // A client on another machine can write any Host: the peer's address decides.
      { path: '/__admin/journal', headers: { host: `localhost:${port}` } },
    ]);
    expect(chat!.status).toBe(200);
    expect(JSON.parse(chat!.body)).toMatchObject({ session_id: expect.any(String) });
    expect([health!.status, JSON.parse(health!.body)]).toEqual([
      200,
      { status: 'ok', vendors: ['asyntai', 'chungtair', 'companin'] },
    ]);
    expect(byAddress!.status).toBe(403);
    expect(JSON.parse(byAddress!.body).error).toContain(`not ${THERE}`);
    expect(byName!.status).toBe(403);
    expect(forged!.status).toBe(403);
    // What reached it from there is in the journal, read from this machine's loopback.
    const journal = await fetch(`http://127.0.0.1:${port}/__admin/journal`);
    expect(journal.status).toBe(200);
    expect(JSON.stringify(await journal.json())).toContain('/asyntai/api/v1/chat/');
  }, 30_000);

  it('with --admin-token answers admin for the token only', async () => {
    const port = tokened.port;
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    const [none, wrong, right, reset] = await fromThere(port, [
      { path: '/__admin/journal' },
      { path: '/__admin/journal', headers: bearer('not-the-token-at-all') },
      { path: '/__admin/journal', headers: bearer(TOKEN) },
      {
        method: 'POST',
        path: '/__admin/reset',
        headers: { ...bearer(TOKEN), 'content-type': 'application/json' },
        body: '{}',
      },
    ]);
    expect(none!.status).toBe(401);
    expect(wrong!.status).toBe(401);
    expect(right!.status).toBe(200);
    expect(JSON.parse(right!.body)).toHaveProperty('entries');
    expect(reset!.status).toBe(200);
  }, 30_000);
});
