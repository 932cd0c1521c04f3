import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { originAllowed } from '../../src/vendors/companin/widget-token.js';
import { DEMO } from '../../src/vendors/index.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
});
afterAll(() => server.close());

/** Sends raw bytes and resolves with the raw answer: for what fetch will not send. */
const raw = (bytes: string) => rawTo(server.port, bytes);
function rawTo(port: number, bytes: string) {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let out = '';
    socket.on('data', (d) => (out += d));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}
const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('the admin API, as a web page would try it', () => {
  it('refuses a foreign Host (DNS rebinding), a foreign Origin, and bodies that are not JSON', async () => {
    const rebound = await raw(`POST /__admin/reset HTTP/1.1\r\nHost: attacker.example:${server.port}\r\n\r\n`);
    expect(rebound).toMatch(/^HTTP\/1.1 403/);
    const crossOrigin = await fetch(`${server.url}/__admin/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.status).toBe(403);
    const textPlain = await fetch(`${server.url}/__admin/faults`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"type":"ai_unavailable"}',
    });
    expect(textPlain.status).toBe(415);
    expect((await (await fetch(`${server.url}/__admin/faults`)).json()).faults).toEqual([]);
    const own = await fetch(`${server.url}/__admin/clock`, { headers: { host: `localhost:${server.port}` } });
    expect(own.status).toBe(200);
    // A target in absolute form names the host, whatever Host says.
    const local = `Host: 127.0.0.1:${server.port}\r\nContent-Length: 0\r\n\r\n`;
    const absolute = await raw(`POST http://evil.example/__admin/reset HTTP/1.1\r\n${local}`);
    expect(absolute).toMatch(/^HTTP\/1.1 403/);
    expect(bodyOf(absolute)).toEqual({ error: 'admin answers only on the host it is bound to, not evil.example' });
    const absoluteOwn = await raw(`POST http://127.0.0.1:${server.port}/__admin/reset HTTP/1.1\r\n${local}`);
    expect(absoluteOwn).toMatch(/^HTTP\/1.1 200/);
  });

  it('refuses another host by name or by address without a token, even on a wildcard bind', async () => {
    const wildcard = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0, host: '0.0.0.0' });
    try {
      for (const host of [`mock:${wildcard.port}`, `10.213.7.1:${wildcard.port}`, `192.168.1.20:${wildcard.port}`]) {
        const answer = await rawTo(wildcard.port, `GET /__admin/journal HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
        expect(answer, host).toMatch(/^HTTP\/1.1 403/);
        expect(bodyOf(answer).error).toContain('start with --admin-token');
      }
      const loopback = await rawTo(
        wildcard.port,
        `GET /__admin/journal HTTP/1.1\r\nHost: 127.0.0.1:${wildcard.port}\r\n\r\n`,
      );
      expect(loopback).toMatch(/^HTTP\/1.1 200/);
      // Health answers any host, for a container's or a CI service's check.
      const health = await rawTo(wildcard.port, `GET /__admin/health HTTP/1.1\r\nHost: mock:${wildcard.port}\r\n\r\n`);
      expect(bodyOf(health)).toEqual({ status: 'ok', vendors: ['asyntai', 'chungtair', 'companin'] });
    } finally {
      await wildcard.close();
    }
  });

  it('with --admin-token takes admin from any host with the token, and still refuses pages', async () => {
    const token = 'ci-token-0123456789abcdef';
    const open = await startNodeServer(await createMockApp({ clock: 'frozen', adminToken: token }), { port: 0 });
    try {
      const call = (headers: string) =>
        rawTo(
          open.port,
          `POST /__admin/reset HTTP/1.1\r\nHost: mock:${open.port}\r\nContent-Length: 0\r\n${headers}\r\n`,
        );
      expect(await call(`Authorization: Bearer ${token}\r\n`)).toMatch(/^HTTP\/1.1 200/);
      const wrong = await call('Authorization: Bearer not-the-token\r\n');
      expect([wrong.slice(0, 12), bodyOf(wrong)]).toEqual(['HTTP/1.1 401', { error: 'admin: wrong admin token' }]);
      const missing = await call('');
      expect([missing.slice(0, 12), bodyOf(missing)]).toEqual([
        'HTTP/1.1 401',
        { error: `admin from mock:${open.port} needs the admin token (Bearer)` },
      ]);
      expect(missing).toMatch(/\r\nwww-authenticate: Bearer realm="supportbot-mock admin"\r\n/i);
      expect(await call(`Authorization: Bearer ${token}\r\nOrigin: https://evil.example\r\n`)).toMatch(
        /^HTTP\/1.1 403/,
      );
    } finally {
      await open.close();
    }
  });
});

describe('requests Node refuses before the app', () => {
  it('are answered in the vendor shape: a header over 16 KB (431) and an unknown method (405)', async () => {
    const big = await raw(
      `GET /asyntai/api/v1/account/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(big).toMatch(/^HTTP\/1.1 431/);
    expect(bodyOf(big)).toEqual({ success: false, error: 'Request header fields too large' });
    const method = await raw(`BREW /companin/api/v1/assistants/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(method).toMatch(/^HTTP\/1.1 405/);
    expect(bodyOf(method)).toMatchObject({ status: 'error', status_code: 405 });
    // At a vendor's host name, in that vendor's shape too.
    const atHost = await raw(`BREW /api/v1/assistants/ HTTP/1.1\r\nHost: companin.localhost:${server.port}\r\n\r\n`);
    expect(atHost).toMatch(/^HTTP\/1.1 405/);
    expect(bodyOf(atHost)).toMatchObject({ status: 'error', status_code: 405 });
  });

  it('do not let the Node server take X-Supportbot-Page-Origin as the Origin', async () => {
    const res = await fetch(`${server.url}/companin/api/v1/auth/widget-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-supportbot-page-origin': 'http://localhost:3000' },
      body: JSON.stringify({ client_id: DEMO.companin.clientId }),
    });
    expect([res.status, (await res.json()).code]).toEqual([400, 'missing_origin_header']);
  });
});

describe('widget tokens', () => {
  it('match origin wildcards by port or whole label only', () => {
    const allowed = ['http://localhost:*', 'https://*.example.com'];
    expect(originAllowed('http://localhost:3000', allowed)).toBe(true);
    expect(originAllowed('https://shop.example.com', allowed)).toBe(true);
    for (const origin of [
      'http://localhost:3000.evil.example',
      'https://a.b.example.com',
      'https://evil.com/.example.com',
    ]) {
      expect(originAllowed(origin, allowed), origin).toBe(false);
    }
  });

  it("are signed with a key random for each start: one server cannot verify another server's token", async () => {
    const other = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
    try {
      const mint = await fetch(`${other.url}/companin/api/v1/auth/widget-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
        body: JSON.stringify({ client_id: DEMO.companin.clientId }),
      });
      const { token } = await mint.json();
      const used = await fetch(`${server.url}/companin/api/v1/sessions/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'http://localhost:3000',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ assistant_id: DEMO.companin.assistantId }),
      });
      expect(used.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('supportbot-mock start under load', () => {
  it('exits within 2 s of SIGTERM while a large upload is being indexed', async () => {
    const cli = fileURLToPath(new URL('../../dist/bin/main.js', import.meta.url));
    const child = spawn(process.execPath, [cli, 'start', '--port', '0', '--unlimited'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
    });
    const content = '營業時間週一至週五 shipping refund '.repeat(60_000);
    const uploads = Array.from({ length: 3 }, () =>
      fetch(`${url}/asyntai/api/v1/knowledge/text/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO.asyntai.pro}` },
        body: JSON.stringify({ title: 'load', content }),
      }).catch(() => undefined),
    );
    // Once a request sent after the uploads is answered, they are on the server.
    await fetch(`${url}/__admin/clock`);
    const sent = performance.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(0);
    expect(performance.now() - sent).toBeLessThan(2000);
    await Promise.all(uploads);
  });
});

describe('admin bodies', () => {
  /** Sends a head declaring `declared` bytes, then `sent` bytes of JSON-ish filler, and reads the answer. */
  const upload = (path: string, declared: number, sent: number, port = server.port) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `PUT ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${declared}\r\n\r\n`,
        );
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let left = sent;
        const pump = () => {
          while (left > 0 && socket.writable) {
            left -= chunk.length;
            if (!socket.write(chunk)) return void socket.once('drain', pump);
          }
        };
        pump();
      });
      let out = '';
      socket.on('data', (d) => (out += d));
      socket.on('close', () => resolve(out));
      socket.on('error', () => resolve(out));
      setTimeout(() => reject(new Error('no answer')), 10_000).unref();
    });

  it('are refused with 413 past their cap: declared, or as they stream in', async () => {
    const small = await startNodeServer(await createMockApp({ clock: 'frozen', maxStateBytes: 1024 * 1024 }), {
      port: 0,
    });
    try {
      const declared = await upload('/__admin/state', 200 * 1024 * 1024, 0, small.port);
      expect(declared).toMatch(/^HTTP\/1.1 413/);
      expect(bodyOf(declared)).toEqual({ error: 'Request body larger than 1048576 bytes' });
      // A body that says nothing of its length (chunked) is cut when it passes the cap.
      const streamed = await new Promise<string>((resolve) => {
        const socket = connect(small.port, '127.0.0.1', () => {
          socket.write(
            `PUT /__admin/state HTTP/1.1\r\nHost: 127.0.0.1:${small.port}\r\nContent-Type: application/json\r\n` +
              `Transfer-Encoding: chunked\r\n\r\n`,
          );
          const piece = `10000\r\n${' '.repeat(0x10000)}\r\n`;
          for (let i = 0; i < 40; i++) socket.write(piece);
        });
        let out = '';
        socket.on('data', (d) => (out += d));
        socket.on('close', () => resolve(out));
        socket.on('error', () => resolve(out));
      });
      expect(streamed).toMatch(/^HTTP\/1.1 413/);
      expect(streamed.toLowerCase()).toContain('connection: close');
      // Other admin bodies have their own 10 MiB cap; the state under its cap is read.
      expect(await upload('/__admin/faults', 11 * 1024 * 1024, 0, small.port)).toMatch(/^HTTP\/1.1 413/);
      const state = await fetch(`${small.url}/__admin/state`);
      const put = await fetch(`${small.url}/__admin/state`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: await state.text(),
      });
      expect([put.status, (await put.json()).restored]).toEqual([200, true]);
    } finally {
      await small.close();
    }
  });

  it('are capped in process too (msw), by the same rule', async () => {
    const app = await createMockApp({ clock: 'frozen', maxStateBytes: 1000 });
    const res = await app.fetch(
      new Request('http://127.0.0.1/__admin/state', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: ' '.repeat(5000),
      }),
    );
    expect([res.status, await res.json()]).toEqual([413, { error: 'Request body larger than 1000 bytes' }]);
  });
});
