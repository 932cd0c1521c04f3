import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { localCa } from '../../src/adapters/tls/local-ca.js';
import { serverCertificate } from '../../src/adapters/tls/server-cert.js';
import { sendUpstream } from '../../src/adapters/upstream-send.js';
import { ReplyRecorder } from '../../src/app/reply-recorder.js';
import { renderJunit, renderMarkdown, renderText } from '../../src/cli/report-render.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { readFixturesFile } from '../../src/fixtures/load-fixtures.js';
import { VENDOR_MODULES } from '../../src/vendors/index.js';
import { loopbackFetch } from '../support/loopback-fetch.js';
import { DEMO, bearer, companinKeys, createTestMock, streamedCompaninReply } from '../support/mock.js';

/**
 * `supportbot-mock proxy` through the Node server: Asyntai forwarded to a stand-in service
 * (at the vendor's real paths, drifting on some of them, slow on one), Companin to the
 * mock itself on a port of its own, Chungtair answered by the proxy's own mock. Nothing
 * here reaches beyond loopback.
 */
let standIn: Server;
let standInUrl: string;
const seen: { method: string; url: string; headers: Record<string, unknown>; body: string }[] = [];

/** The Asyntai account answer, byte for byte as the stand-in sends it (odd spacing included). */
const ACCOUNT =
  '{"success": true,  "account": {"email": "a@example.com", "plan": "starter", "messages_used": 3,\n' +
  '"messages_limit": 2500, "websites_count": 1, "websites_limit": 1}}';

/** What the stand-in's AI says to any question: nothing the mock's engine would say. */
const STAND_IN_ANSWER = 'we open at 7, every day.';

function startStandIn(): Promise<void> {
  standIn = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const json = (status: number, text: string, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', 'x-stand-in': 'yes', ...headers }).end(text);
      switch (req.url) {
        case '/api/v1/account/':
          return json(200, ACCOUNT);
        case '/api/v1/websites/': // drift: the required `websites` is missing
          return json(200, '{"success": true, "items": []}');
        case '/api/v1/leads/': // drift: a wrong type
          return json(200, '{"success": true, "leads": "none", "total": 0, "limit": 50, "offset": 0}');
        case '/api/v1/sessions/': // drift: an undocumented status
          return json(418, '{"success": false, "error": "teapot"}');
        case '/api/v1/chat/': {
          const message = (JSON.parse(body || '{}') as { message?: string }).message;
          return message
            ? json(200, JSON.stringify({ success: true, response: `Recorded: ${STAND_IN_ANSWER}`, session_id: 's1' }))
            : json(400, '{"success": false, "error": "the stand-in wants a message"}');
        }
        case '/api/v1/webhooks/': // past what the proxy reads of an answer
          return json(200, `{"success": true, "webhooks": [], "pad": "${'x'.repeat(17 * 1024 * 1024)}"}`);
        case '/api/v1/knowledge/': // slow: past the proxy's deadline
          return void setTimeout(() => json(200, '{"success": true}'), 2_000).unref();
        default:
          return json(404, '{"success": false, "error": "not found"}');
      }
    });
  });
  return new Promise((resolve) =>
    standIn.listen(0, '127.0.0.1', () => {
      standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

let upstreamMock: RunningServer;
let proxyApp: MockApp;
let proxy: RunningServer;
let strict: RunningServer;
const upstream = (base: string, options: { strict?: boolean; timeoutMs?: number } = {}) => ({
  base,
  strict: options.strict ?? false,
  timeoutMs: options.timeoutMs ?? 500,
  send: sendUpstream,
});

beforeAll(async () => {
  await startStandIn();
  upstreamMock = await startNodeServer(await createMockApp({ clock: 'frozen' }), {
    port: 0,
    vendorPorts: { companin: 0 },
  });
  proxyApp = await createMockApp({
    clock: 'frozen',
    upstreams: { asyntai: upstream(standInUrl), companin: upstream(upstreamMock.vendorUrls.companin!) },
  });
  proxy = await startNodeServer(proxyApp, { port: 0 });
  strict = await startNodeServer(
    await createMockApp({ clock: 'frozen', upstreams: { asyntai: upstream(standInUrl, { strict: true }) } }),
    { port: 0 },
  );
});
afterAll(async () => {
  await proxy?.close();
  await strict?.close();
  await upstreamMock?.close();
  standIn?.close();
});

const journal = async (n: number) => (await proxyApp.admin('GET', `/journal?limit=${n}`)).body.entries;
const drift = async () => (await proxyApp.admin('GET', '/report')).body.upstream_drift;

describe('supportbot-mock proxy', () => {
  it("forwards to the vendor's real path with the client's credentials; its answer back byte for byte", async () => {
    const res = await fetch(`${proxy.url}/asyntai/api/v1/account/`, { headers: bearer(DEMO.asyntai.starter) });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(ACCOUNT);
    expect(res.headers.get('x-stand-in')).toBe('yes');
    const sent = seen.at(-1)!;
    expect(sent.url).toBe('/api/v1/account/');
    expect(sent.headers.authorization).toBe(`Bearer ${DEMO.asyntai.starter}`);
    expect(sent.headers.host).toBe(new URL(standInUrl).host);
    const [entry] = await journal(1);
    expect(entry.upstream).toEqual({ url: `${standInUrl}/api/v1/account/`, status: 200, violations: [] });
    expect(entry.request.headers.authorization).not.toContain(DEMO.asyntai.starter);
  });

  it('records each way the service departs from the spec, and still passes its answer on', async () => {
    const h = bearer(DEMO.asyntai.starter);
    expect((await fetch(`${proxy.url}/asyntai/api/v1/websites/`, { headers: h })).status).toBe(200);
    expect((await fetch(`${proxy.url}/asyntai/api/v1/leads/`, { headers: h })).status).toBe(200);
    const teapot = await fetch(`${proxy.url}/asyntai/api/v1/sessions/`, { headers: h });
    expect([teapot.status, await teapot.json()]).toEqual([418, { success: false, error: 'teapot' }]);
    const [sessions, leads, websites] = await journal(3);
    expect(websites.upstream.violations.join()).toMatch(/websites: is required/);
    expect(leads.upstream.violations.join()).toMatch(/leads: must be array/);
    expect(sessions.upstream.violations.join()).toMatch(/status 418 is not documented/);
    const report = await drift();
    expect(report).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ vendor: 'asyntai', operation: 'asyntaiListWebsites', direction: 'response' }),
        expect.objectContaining({ operation: 'asyntaiListLeads', direction: 'response' }),
        expect.objectContaining({ operation: 'asyntaiListSessions', violation: expect.stringMatching(/418/) }),
      ]),
    );
    // `supportbot-mock report` says it, and its JUnit fails on it, for CI.
    const snapshot = (await proxyApp.admin('GET', '/report')).body;
    expect(renderText(snapshot, proxy.url)).toMatch(
      /upstream drift[\s\S]*asyntaiListWebsites response: .*websites: is required/,
    );
    expect(renderMarkdown(snapshot, proxy.url)).toContain('## Upstream drift');
    const junit = renderJunit(snapshot);
    expect(junit).toMatch(/<testsuite name="upstream drift" tests="(\d+)" failures="\1"/);
    expect(junit).toContain('name="asyntaiListLeads response"><failure message=');
  });

  it('forwards a request the spec rejects, and records it as request drift', async () => {
    const res = await fetch(`${proxy.url}/asyntai/api/v1/chat/`, {
      method: 'POST',
      headers: { ...bearer(DEMO.asyntai.starter), 'content-type': 'application/json' },
      body: '{"mesage":"typo"}',
    });
    // The stand-in's answer, not the mock's.
    expect([res.status, await res.json()]).toEqual([400, { success: false, error: 'the stand-in wants a message' }]);
    expect(seen.at(-1)!.body).toBe('{"mesage":"typo"}');
    const [entry] = await journal(1);
    expect(entry.violations).toEqual(['body.message: is required']);
    expect(await drift()).toContainEqual(
      expect.objectContaining({ operation: 'asyntaiChat', direction: 'request', excerpt: '{"mesage":"typo"}' }),
    );
  });

  it('with --strict refuses that request in the vendor shape, and forwards nothing', async () => {
    const before = seen.length;
    const client = new AssertingSpecClient('/asyntai', `${strict.url}/asyntai`);
    const res = await client.callAnything('POST', '/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.starter),
      json: { mesage: 'typo' },
    } as never);
    expect(res.status).toBe(400);
    expect(seen.length).toBe(before);
  });

  it('answers 504 past the deadline, 502 for a dead service in the vendor shape, with the cause', async () => {
    const slow = await fetch(`${proxy.url}/asyntai/api/v1/knowledge/`, { headers: bearer(DEMO.asyntai.starter) });
    expect(slow.status).toBe(504);
    expect(await slow.json()).toEqual({ success: false, error: expect.stringMatching(/did not answer within 0.5 s/) });
    const dead = await startNodeServer(
      await createMockApp({ clock: 'frozen', upstreams: { asyntai: upstream('http://127.0.0.1:1') } }),
      { port: 0 },
    );
    try {
      const res = await fetch(`${dead.url}/asyntai/api/v1/account/`);
      expect(res.status).toBe(502);
      expect((await res.json()).error).toMatch(/could not be reached \(ECONNREFUSED\)/);
    } finally {
      await dead.close();
    }
    const [entry] = await journal(1);
    expect(entry.upstream.error).toMatch(/did not answer within/);
    const huge = await fetch(`${proxy.url}/asyntai/api/v1/webhooks/`, { headers: bearer(DEMO.asyntai.starter) });
    expect(huge.status).toBe(502);
    expect((await huge.json()).error).toMatch(/a body over 16777216 bytes/);
  });

  it('passes a Companin event stream through as it arrives, at the host-name form too, all conforming', async () => {
    const port = new URL(proxy.url).port;
    const atHost = new AssertingSpecClient('/asyntai', `http://asyntai.localhost:${port}`, loopbackFetch());
    const account = await atHost.callAnything('GET', '/api/v1/account/', {
      headers: bearer(DEMO.asyntai.starter),
    } as never);
    expect([account.status, (await journal(1))[0].form]).toEqual([200, 'host']);
    const companin = new AssertingSpecClient('/companin', `${proxy.url}/companin`);
    const events = await streamedCompaninReply(companin);
    expect(events.length).toBeGreaterThan(1);
    const [entry] = await journal(1);
    expect(entry.upstream).toMatchObject({ status: 200, violations: [] });
    expect(entry.form).toBe('mount');
  });

  it('passes a multipart upload through whole, within the cap start has', async () => {
    const form = new FormData();
    form.append('title', 'Notes');
    form.append('file_type', 'txt');
    form.append('file', new File(['Returns are free within 30 days.'], 'notes.txt', { type: 'text/plain' }));
    const companin = new AssertingSpecClient('/companin', `${proxy.url}/companin`);
    const upload = await companin.call('post', '/companin/api/v1/knowledge/files/', { headers: companinKeys, form });
    expect(upload.status).toBe(201);
    expect((await journal(1))[0].upstream).toMatchObject({ status: 201, violations: [] });
    const huge = await fetch(`${proxy.url}/asyntai/api/v1/chat/`, {
      method: 'POST',
      headers: { ...bearer(DEMO.asyntai.starter), 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect((await journal(1))[0].upstream).toBeUndefined();
  });

  it('answers 502 when the service is not trusted over TLS, naming the cause', async () => {
    const ca = await localCa(join(mkdtempSync(join(tmpdir(), 'sbm-ca-')), 'ca'));
    const untrusted = createHttpsServer(await serverCertificate(['localhost', '127.0.0.1'], ca), (_q, r) =>
      r.end('{}'),
    );
    await new Promise<void>((r) => untrusted.listen(0, '127.0.0.1', r));
    const port = (untrusted.address() as AddressInfo).port;
    const app = await createMockApp({ clock: 'frozen', upstreams: { asyntai: upstream(`https://127.0.0.1:${port}`) } });
    const server = await startNodeServer(app, { port: 0 });
    try {
      const res = await fetch(`${server.url}/asyntai/api/v1/account/`, { headers: bearer(DEMO.asyntai.starter) });
      expect(res.status).toBe(502);
      expect((await res.json()).error).toMatch(
        /could not be reached \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|.*CERT)/,
      );
    } finally {
      await server.close();
      untrusted.close();
      rmSync(dirname(ca.dir), { recursive: true, force: true });
    }
  });

  it('answers vendors not forwarded itself, as start does', async () => {
    const res = await fetch(`${proxy.url}/chungtair/api/widget/config?token=${DEMO.chungtair.enabled}`);
    expect(res.status).toBe(200);
    expect((await journal(1))[0].upstream).toBeUndefined();
  });

  it('--record keeps questions and answers, no credential; start --fixtures gives them back offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-record-'));
    const recordInto = async (folder: string, questions: string[]) => {
      const file = join(folder, 'fixtures.json');
      const existing = existsSync(file) ? await readFixturesFile(file, VENDOR_MODULES) : {};
      const recorder = new ReplyRecorder(existing, (text) => writeFileSync(file, text));
      const app = await createMockApp({
        clock: 'frozen',
        upstreams: { asyntai: { ...upstream(standInUrl), recorder } },
      });
      const server = await startNodeServer(app, { port: 0 });
      try {
        for (const message of questions) {
          const res = await fetch(`${server.url}/asyntai/api/v1/chat/`, {
            method: 'POST',
            headers: { ...bearer(DEMO.asyntai.pro), 'content-type': 'application/json' },
            body: JSON.stringify({ message }),
          });
          expect(res.status).toBe(200);
        }
      } finally {
        await server.close();
      }
      return readFileSync(file, 'utf8');
    };
    try {
      const first = await recordInto(dir, ['When do you open?']);
      expect(first).not.toContain(DEMO.asyntai.pro);
      expect(JSON.parse(first).replies).toEqual([
        { vendor: 'asyntai', question: 'When do you open?', answer: `Recorded: ${STAND_IN_ANSWER}` },
      ]);
      // The same traffic writes the same bytes; a second recording merges.
      const again = mkdtempSync(join(tmpdir(), 'sbm-record-'));
      expect(await recordInto(again, ['When do you open?'])).toBe(first);
      rmSync(again, { recursive: true, force: true });
      const merged = JSON.parse(await recordInto(dir, [`Is my key ${DEMO.asyntai.pro} safe?`]));
      expect(merged.replies.map((r: { question: string }) => r.question)).toEqual([
        'Is my key [credential] safe?',
        'When do you open?',
      ]);

      // Offline: the mock alone, with the recording as its fixtures.
      const offline = await createTestMock({
        fixtures: await readFixturesFile(join(dir, 'fixtures.json'), VENDOR_MODULES),
      });
      const ask = (message: string) =>
        offline.asyntai.call('post', '/asyntai/api/v1/chat/', {
          headers: bearer(DEMO.asyntai.starter),
          json: { message },
        });
      expect((await ask('  when do you OPEN? ')).body.response).toBe(`Recorded: ${STAND_IN_ANSWER}`);
      expect((await ask('What are your business hours?')).body.response).toMatch(/Monday to Friday/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--record keeps what the service showed (plan, websites, knowledge, a bot's config), --record-as", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-record-'));
    const file = join(dir, 'fixtures.json');
    let liveConfig: any;
    try {
      const recorder = new ReplyRecorder({}, (text) => writeFileSync(file, text), { asyntai: 'asy_recorded' });
      const app = await createMockApp({
        clock: 'frozen',
        upstreams: {
          asyntai: { ...upstream(`${upstreamMock.url}/asyntai`), recorder },
          chungtair: { ...upstream(`${upstreamMock.url}/chungtair`), recorder },
          companin: { ...upstream(upstreamMock.vendorUrls.companin!), recorder },
        },
      });
      const server = await startNodeServer(app, { port: 0 });
      try {
        for (const path of ['account/', 'websites/', 'knowledge/'])
          expect(
            (await fetch(`${server.url}/asyntai/api/v1/${path}`, { headers: bearer(DEMO.asyntai.pro) })).status,
          ).toBe(200);
        const config = await fetch(`${server.url}/chungtair/api/widget/config?token=${DEMO.chungtair.paused}`);
        expect(config.status).toBe(200);
        expect((await fetch(`${server.url}/companin/api/v1/assistants/`, { headers: companinKeys })).status).toBe(200);
        // The widget config a widget loaded.
        const token = await fetch(`${server.url}/companin/api/v1/auth/widget-token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
          body: JSON.stringify({ client_id: DEMO.companin.clientId }),
        });
        const jwt = { authorization: `Bearer ${(await token.json()).token}`, origin: 'http://localhost:3000' };
        const publicConfig = `/companin/widget-config/${DEMO.companin.chatConfigId}/public/?visitor_id=v1`;
        liveConfig = await (await fetch(`${server.url}${publicConfig}`, { headers: jwt })).json();
        expect(liveConfig.status).toBe('success');
        // A streamed answer is recorded once the stream is whole.
        const companin = new AssertingSpecClient('/companin', `${server.url}/companin`);
        const events = await streamedCompaninReply(companin, 'Do you ship abroad?');
        const done = events.find((e: { type: string }) => e.type === 'done') as { data: any };
        await expect
          .poll(() => existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).replies)
          .toContainEqual({
            vendor: 'companin',
            question: 'Do you ship abroad?',
            answer: done.data.assistant_message.content,
          });
      } finally {
        await server.close();
      }
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain(DEMO.asyntai.pro);
      expect(text).not.toContain(DEMO.chungtair.paused);

      // The recording alone (`mode: replace`): the service's website ids are its own, and
      // the demo accounts have some of them (a clash start refuses, naming the id and the demo account).
      const alone = { ...(await readFixturesFile(file, VENDOR_MODULES)), mode: 'replace' as const };
      await expect(createTestMock({ fixtures: { ...alone, mode: 'extend' } })).rejects.toThrow(
        /website id 30 of account asy_recorded is already the demo account asy_test_pro's/,
      );
      const offline = await createTestMock({ fixtures: alone });
      const recorded = bearer('asy_recorded');
      const account = await offline.asyntai.call('get', '/asyntai/api/v1/account/', { headers: recorded });
      expect(account.body.account.plan).toBe('pro');
      const websites = await offline.asyntai.call('get', '/asyntai/api/v1/websites/', { headers: recorded });
      const upstreamSites = await upstreamMock.url;
      expect(websites.body.websites.map((w: { id: number }) => w.id)).toEqual(
        (
          await (await fetch(`${upstreamSites}/asyntai/api/v1/websites/`, { headers: bearer(DEMO.asyntai.pro) })).json()
        ).websites.map((w: { id: number }) => w.id),
      );
      const knowledge = await offline.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: recorded });
      expect(knowledge.body.entries.length).toBeGreaterThan(0);
      // The bot's config, under the demo's enabled bot (no --record-as for Chungtair).
      const bot = await offline.chungtair.call('get', '/chungtair/api/widget/config', {
        query: { token: DEMO.chungtair.enabled },
      });
      const paused = await fetch(`${upstreamMock.url}/chungtair/api/widget/config?token=${DEMO.chungtair.paused}`);
      expect(bot.body.config).toEqual((await paused.json()).config);
      // The widget config, as the widget loaded it from the service.
      const offlineToken = await offline.companin.call('post', '/companin/api/v1/auth/widget-token', {
        json: { client_id: DEMO.companin.clientId },
        headers: { origin: 'http://localhost:3000' },
      });
      const offlineConfig = await offline.companin.call('get', '/companin/widget-config/{config_id}/public/', {
        params: { config_id: DEMO.companin.chatConfigId },
        query: { visitor_id: 'v1' },
        headers: { authorization: `Bearer ${offlineToken.body.token}`, origin: 'http://localhost:3000' },
      });
      expect(offlineConfig.body).toEqual(liveConfig);
      // The organisation's assistants, under the demo organisation, with the demo's secret.
      const mine = await offline.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys });
      const theirs = await fetch(`${upstreamMock.vendorUrls.companin}/api/v1/assistants/`, { headers: companinKeys });
      const names = (list: { id: string; name: string }[]) => list.map((a) => [a.id, a.name]);
      expect(names(mine.body.data.assistants)).toEqual(names((await theirs.json()).data.assistants));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
