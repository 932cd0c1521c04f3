import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetOf } from '../../src/adapters/node-request.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { DEMO, bearer, companinKeys } from '../support/mock.js';

/**
 * The Node server hands the core a light view of node's request and writes the answer to
 * the socket itself; msw and in-process calls go through Fetch. Both must answer alike.
 */
type Case = { method: string; path: string; headers?: Record<string, string>; body?: string };

const json = { 'content-type': 'application/json' };
const CASES: Case[] = [
  {
    method: 'POST',
    path: '/asyntai/api/v1/chat/',
    headers: { ...bearer(DEMO.asyntai.starter), ...json },
    body: '{"message":"What are your business hours?"}',
  },
  { method: 'POST', path: '/asyntai/api/v1/chat/', headers: json, body: '{"message":"hi"}' },
  { method: 'POST', path: '/asyntai/api/v1/chat', headers: json, body: '{}' },
  { method: 'GET', path: '/asyntai/api/v1/sessions/?limit=2&offset=0', headers: bearer(DEMO.asyntai.starter) },
  { method: 'GET', path: '/asyntai/api/v1/sessions/?limit=nope', headers: bearer(DEMO.asyntai.starter) },
  { method: 'HEAD', path: '/asyntai/api/v1/account/', headers: bearer(DEMO.asyntai.starter) },
  { method: 'DELETE', path: '/asyntai/api/v1/chat/' },
  { method: 'GET', path: '/asyntai/api/v1/./sessions/', headers: bearer(DEMO.asyntai.starter) },
  { method: 'GET', path: '/asyntai/api/v1/%2e%2e/v1/account/', headers: bearer(DEMO.asyntai.starter) },
  { method: 'GET', path: '/chungtair/api/widget/config?token=0123456789abcdef0123456789abcdef' },
  {
    method: 'OPTIONS',
    path: '/companin/api/v1/sessions/',
    headers: { origin: 'https://shop.test', 'access-control-request-method': 'POST' },
  },
  {
    method: 'GET',
    path: '/companin/api/v1/assistants/',
    headers: { ...companinKeys, origin: 'https://shop.test' },
  },
  { method: 'GET', path: '/nowhere' },
];

const comparable = (headers: Headers) =>
  Object.fromEntries(
    [...headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name)),
  );

async function answerOf(response: Response) {
  return { status: response.status, headers: comparable(response.headers), body: await response.text() };
}

describe('the Node server and the Fetch core', () => {
  let served: MockApp;
  let inProcess: MockApp;
  let server: RunningServer;
  beforeAll(async () => {
    served = await createMockApp({ clock: 'frozen' });
    inProcess = await createMockApp({ clock: 'frozen' });
    server = await startNodeServer(served, { port: 0 });
  });
  afterAll(() => server.close());

  it('answer each request alike: status, headers and body', async () => {
    for (const c of CASES) {
      const init = { method: c.method, headers: c.headers, body: c.body, redirect: 'manual' as const };
      // The socket's address is what the server hands the core; in process it is given.
      const viaNode = await answerOf(await fetch(server.url + c.path, init));
      const viaFetch = await answerOf(
        await inProcess.fetch(new Request(`http://127.0.0.1:${server.port}${c.path}`, init), { clientIp: '127.0.0.1' }),
      );
      expect({ case: `${c.method} ${c.path}`, ...viaNode }).toEqual({ case: `${c.method} ${c.path}`, ...viaFetch });
    }
  });

  it('say how long each body is and that a redirect has none; ignore a page origin sent over the network', async () => {
    const chat = await fetch(`${server.url}/asyntai/api/v1/chat`, { method: 'POST', redirect: 'manual' });
    expect([chat.status, chat.headers.get('content-length'), chat.headers.get('transfer-encoding')]).toEqual([
      301,
      '0',
      null,
    ]);
    // Only the msw browser adapter may name the page's origin; from the network it is ignored.
    const token = '0123456789abcdef0123456789abcdef';
    const ping = await fetch(`${server.url}/chungtair/api/widget/ping`, {
      method: 'POST',
      headers: { ...json, 'x-supportbot-page-origin': 'https://evil.test' },
      body: JSON.stringify({ token }),
    });
    expect(ping.status).toBe(200);
    const debug = await served.admin('GET', `/chungtair/bots/${token}/debug`);
    expect(debug.body.entries.find((e: { endpoint: string }) => e.endpoint === 'ping').request.origin).toBeNull();
    // The journal keeps the body as read from the socket, and the headers as sent, masked where secret.
    const [entry] = (await served.admin('GET', '/journal?limit=1')).body.entries;
    expect(entry).toMatchObject({ method: 'POST', path: '/chungtair/api/widget/ping', status: 200 });
    expect(entry.request.body).toBe(JSON.stringify({ token }));
    expect(entry.request.headers['content-type']).toBe('application/json');
    const nowhere = await fetch(`${server.url}/nowhere`);
    expect(Number(nowhere.headers.get('content-length'))).toBe(new TextEncoder().encode(await nowhere.text()).length);
  });

  it('reads headers as Fetch does whatever their case, joining a repeated one, as the journal shows', async () => {
    // Sent as written, in mixed case and twice: node keeps its raw list, which the stages read.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/asyntai/api/v1/account/`, {
        method: 'GET',
        headers: [
          'Host',
          `127.0.0.1:${server.port}`,
          'AUTHORIZATION',
          `Bearer ${DEMO.asyntai.starter}`,
          'X-Trace',
          'one',
          'x-trace',
          'two',
          'X-Supportbot-Page-Origin',
          'https://evil.test',
        ],
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject).end();
    });
    expect(status).toBe(200);
    const [entry] = (await served.admin('GET', '/journal?limit=1')).body.entries;
    expect(entry.path).toBe('/asyntai/api/v1/account/');
    expect(entry.request.headers['x-trace']).toBe('one, two');
    expect(entry.request.headers.authorization).toMatch(/^Bearer /);
    expect(entry.request.headers.authorization).not.toContain(DEMO.asyntai.starter);
    expect(Object.keys(entry.request.headers)).not.toContain('x-supportbot-page-origin');
    expect(Object.keys(entry.request.headers).every((name) => name === name.toLowerCase())).toBe(true);
  });
});

describe('request targets on the Node server', () => {
  it('read as `new URL()` reads them, dot segments, escapes and odd characters included', () => {
    const raw = [
      '/a/b?x=1&y=2',
      '/a/b?',
      '/a/./b',
      '/a/../b',
      '/a/%2E%2e/b',
      '/a/b/..',
      '/a b?q=a b',
      '/é?ü=1',
      '/a#frag',
      '/a\\b',
      '/a/.b/..c',
      '*',
      'http://elsewhere.test/x?y',
    ];
    for (const r of raw) {
      const url = new URL(r, 'http://localhost');
      expect({ r, ...targetOf(r) }).toEqual({ r, pathname: url.pathname, search: url.search });
    }
  });
});
