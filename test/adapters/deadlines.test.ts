import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_DEADLINES, startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';

// The deadlines are README's (10 s, 30 s, 5 s) by default; here they are scaled down so
// that the test takes a second, with Node's check run as often relative to them. Each cut
// must come at its deadline, and well before Node's own 30 s check would have made it
// (SLACK allows for a busy machine).
const SHORT = { headersMs: 400, requestMs: 900, idleMs: 300, checkMs: 40 };
const SLACK = 3_000;
let server: RunningServer;
beforeAll(async () => {
  server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0, deadlines: SHORT });
});
afterAll(() => server.close());

/** Opens a socket, writes `parts` one every `everyMs`, and resolves with the answer and when the socket closed. */
function trickle(parts: string[], everyMs: number): Promise<{ answer: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answer = '';
    let timer: ReturnType<typeof setInterval> | undefined;
    const socket: Socket = connect(server.port, '127.0.0.1', () => {
      let i = 0;
      timer = setInterval(() => {
        if (i < parts.length && socket.writable) socket.write(parts[i++]);
        else clearInterval(timer);
      }, everyMs);
    });
    socket.on('data', (d) => (answer += d));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, closedAfterMs: performance.now() - started });
    });
    setTimeout(() => reject(new Error('the socket was never closed')), 10_000).unref();
  });
}
const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('the Node server deadlines', () => {
  it("are README's by default, and Node checks them every second (its own default is 30 s)", async () => {
    expect(REQUEST_DEADLINES).toEqual({ headersMs: 10_000, requestMs: 30_000, idleMs: 5_000, checkMs: 1_000 });
    const defaults = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
    try {
      const { headersTimeout, requestTimeout, keepAliveTimeout } = defaults.server;
      expect({ headersTimeout, requestTimeout, keepAliveTimeout }).toEqual({
        headersTimeout: 10_000,
        requestTimeout: 30_000,
        keepAliveTimeout: 5_000,
      });
    } finally {
      await defaults.close();
    }
  });

  it('cut headers sent a byte at a time at the headers deadline, with 408', async () => {
    const head = 'GET /asyntai/api/v1/account/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(200);
    const { answer, closedAfterMs } = await trickle([...head], 20);
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(SHORT.headersMs);
    expect(closedAfterMs).toBeLessThan(SHORT.headersMs + SLACK);
  });

  it("answer a body sent a byte at a time with 408 in the vendor's shape at the request deadline", async () => {
    const head =
      'POST /asyntai/api/v1/chat/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer asy_test_starter\r\n' +
      'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n';
    const { answer, closedAfterMs } = await trickle([head, ...'{"message":"hi"'.padEnd(100)], 20);
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    expect(bodyOf(answer)).toEqual({ success: false, error: 'Request timeout' });
    expect(closedAfterMs).toBeGreaterThanOrEqual(SHORT.requestMs);
    expect(closedAfterMs).toBeLessThan(SHORT.requestMs + SLACK);
  });

  it('close a socket that sends nothing at the headers deadline', async () => {
    const { closedAfterMs } = await trickle([], 20);
    expect(closedAfterMs).toBeGreaterThanOrEqual(SHORT.headersMs);
    expect(closedAfterMs).toBeLessThan(SHORT.headersMs + SLACK);
  });

  it("close a kept-alive socket idle after its answer at the idle deadline (and Node's 1 s grace)", async () => {
    const request = `GET /__admin/clock HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`;
    const { answer, closedAfterMs } = await trickle([request], 1);
    expect(answer).toMatch(/^HTTP\/1.1 200/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(SHORT.idleMs);
    expect(closedAfterMs).toBeLessThan(SHORT.idleMs + 1000 + SLACK);
  });

  // The body's reader waits for the end or the close: node tells a listener-less request
  // nothing of the error, so a client that goes mid-body must still settle the request.
  it('journal a body the client cut off as not arrived whole, and go on serving', async () => {
    const app = await createMockApp({ clock: 'frozen' });
    const own = await startNodeServer(app, { port: 0 });
    try {
      const socket = connect(own.port, '127.0.0.1');
      socket.on('error', () => {});
      await new Promise((connected) => socket.once('connect', connected));
      socket.write(
        'POST /asyntai/api/v1/chat/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer asy_test_starter\r\n' +
          'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"message":"h',
      );
      await new Promise((sent) => setTimeout(sent, 50));
      socket.destroy();
      const cut = async () => {
        for (let i = 0; i < 100; i++) {
          const [entry] = app.runtime.journal.entries();
          if (entry) return entry;
          await new Promise((later) => setTimeout(later, 20));
        }
        throw new Error('no journal entry for the cut request');
      };
      expect(await cut()).toMatchObject({ path: '/asyntai/api/v1/chat/', status: 400 });
      expect((await cut()).response.body).toContain('did not arrive whole');
      const next = await fetch(`${own.url}/asyntai/api/v1/account/`, {
        headers: { authorization: 'Bearer asy_test_starter' },
      });
      expect(next.status).toBe(200);
    } finally {
      await own.close();
    }
  });
});
