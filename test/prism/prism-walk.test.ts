import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient, type SpecResponse } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp, type MockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';
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

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

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
  it('finds no violation in the Asyntai walk', async () => {
    const c = new AssertingSpecClient('/asyntai', `${prismUrl}/asyntai`);
    const h = { authorization: `Bearer ${DEMO.asyntai.starter}` };
    checked(
      await c.call('post', '/asyntai/api/v1/chat/', {
        headers: h,
        json: { message: 'What is your return policy?', session_id: 'walk' },
      }),
      200,
    );
    checked(
      await c.call('post', '/asyntai/api/v1/chat/', {
        headers: { authorization: 'Bearer wrong' },
        json: { message: 'hi' },
      }),
      401,
    );
    checked(
      await c.call('post', '/asyntai/api/v1/chat/', {
        headers: { authorization: `Bearer ${DEMO.asyntai.free}` },
        json: { message: 'hi' },
      }),
      403,
    );
    checked(
      await c.call('post', '/asyntai/api/v1/chat/', { headers: h, json: { message: 'hi', website_id: 30 } }),
      404,
    );
    app.runtime.faults.add('asyntai', 'ai_unavailable', 1);
    checked(await c.call('post', '/asyntai/api/v1/chat/', { headers: h, json: { message: 'hi' } }), 503);
    checked(await c.call('get', '/asyntai/api/v1/websites/', { headers: h }), 200);
    checked(
      await c.call('get', '/asyntai/api/v1/conversations/', { headers: h, query: { session_id: 'walk', limit: 10 } }),
      200,
    );
    checked(
      await c.call('get', '/asyntai/api/v1/conversations/', { headers: h, query: { session_id: 'nobody' } }),
      404,
    );
    checked(await c.call('get', '/asyntai/api/v1/sessions/', { headers: h, query: { limit: 5, source: 'api' } }), 200);
    checked(
      await c.call('post', '/asyntai/api/v1/chat/', {
        headers: h,
        json: { message: 'reach me at walk@example.com', session_id: 'walk' },
      }),
      200,
    );
    checked(await c.call('get', '/asyntai/api/v1/leads/', { headers: h, query: { limit: 5 } }), 200);
    checked(await c.call('get', '/asyntai/api/v1/account/', { headers: { 'x-api-key': DEMO.asyntai.pro } }), 200);
    checked(await c.call('get', '/asyntai/api/v1/knowledge/', { headers: h }), 200);
    const text = checked(
      await c.call('post', '/asyntai/api/v1/knowledge/text/', {
        headers: h,
        json: { title: 'Walk', content: 'Walking content for the knowledge base.' },
      }),
      200,
    );
    checked(
      await c.call('post', '/asyntai/api/v1/knowledge/url/', { headers: h, json: { url: `${mock.url}/not-a-page` } }),
      400,
    );
    const form = new FormData();
    form.append('file', new File(['name,price\nTea,3'], 'menu.csv', { type: 'text/csv' }));
    checked(await c.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: h, form }), 200);
    checked(
      await c.call('delete', '/asyntai/api/v1/knowledge/{id}/', { headers: h, params: { id: text.body.id } }),
      200,
    );
    checked(
      await c.call('delete', '/asyntai/api/v1/knowledge/{id}/', { headers: h, params: { id: text.body.id } }),
      404,
    );
    const hook = checked(
      await c.call('post', '/asyntai/api/v1/webhooks/', {
        headers: h,
        json: { url: 'https://example.com/hook', events: ['message.received', 'takeover.started'] },
      }),
      200,
    );
    checked(
      await c.call('post', '/asyntai/api/v1/webhooks/', {
        headers: h,
        json: { url: 'http://example.com/hook', events: ['message.received'] },
      }),
      400,
    );
    checked(await c.call('get', '/asyntai/api/v1/webhooks/', { headers: h }), 200);
    checked(
      await c.call('delete', '/asyntai/api/v1/webhooks/{id}/', { headers: h, params: { id: hook.body.webhook.id } }),
      200,
    );
    checked(
      await c.call('delete', '/asyntai/api/v1/webhooks/{id}/', { headers: h, params: { id: hook.body.webhook.id } }),
      404,
    );
  });

  it('finds no violation in the Chungtair walk', async () => {
    const c = new AssertingSpecClient('/chungtair', `${prismUrl}/chungtair`);
    const token = DEMO.chungtair.enabled;
    const origin = { origin: 'https://shop.example' };
    checked(await c.call('get', '/chungtair/api/widget/config', { query: { token }, headers: origin }), 200);
    checked(await c.call('get', '/chungtair/api/widget/config', { query: { token: 'f'.repeat(32) } }), 404);
    checked(await c.call('post', '/chungtair/api/widget/ping', { json: { token }, headers: origin }), 200);
    checked(
      await c.call('post', '/chungtair/api/widget/message', {
        json: {
          token,
          message: '營業時間是幾點?',
          history: [{ role: 'user', content: 'hi' }],
          chat_id: 'web_0a1b2c3d',
        },
      }),
      200,
    );
    checked(
      await c.call('post', '/chungtair/api/widget/message', { json: { token: DEMO.chungtair.paused, message: 'hi' } }),
      200,
    );
    checked(await c.call('post', '/chungtair/api/widget/message', { json: { token, message: '   ' } }), 400);
    app.runtime.faults.add('chungtair', 'ai_unavailable', 1);
    checked(await c.call('post', '/chungtair/api/widget/message', { json: { token, message: 'hello' } }), 500);
    for (const path of [
      '/chungtair/api/widget/config',
      '/chungtair/api/widget/ping',
      '/chungtair/api/widget/message',
    ] as const) {
      checked(await c.call('options', path, { headers: { ...origin, 'access-control-request-method': 'POST' } }), 204);
    }
    // The 31st ping in a minute from one IP (the mock sees Prism's socket) is refused.
    for (let i = 0; i < 29; i++) await c.call('post', '/chungtair/api/widget/ping', { json: { token } });
    checked(await c.call('post', '/chungtair/api/widget/ping', { json: { token } }), 429);
  });

  it('finds no violation in the Companin walk', async () => {
    const c = new AssertingSpecClient('/companin', `${prismUrl}/companin`);
    const keys = { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret };
    const origin = 'http://localhost:3000';
    const minted = checked(
      await c.call('post', '/companin/api/v1/auth/widget-token', {
        json: { client_id: DEMO.companin.clientId },
        headers: { origin },
      }),
      200,
    );
    checked(
      await c.call('post', '/companin/api/v1/auth/widget-token', { json: { client_id: DEMO.companin.clientId } }),
      400,
    );
    checked(
      await c.call('post', '/companin/api/v1/auth/widget-token', {
        json: { client_id: 'nobody' },
        headers: { origin },
      }),
      401,
    );
    const jwt = { authorization: `Bearer ${minted.body.token}`, origin };
    checked(await c.call('get', '/companin/api/v1/assistants/', { headers: keys }), 200);
    checked(
      await c.call('get', '/companin/api/v1/assistants/', { headers: { ...keys, 'x-api-secret': 'wrong' } }),
      401,
    );
    checked(
      await c.call('post', '/companin/api/v1/assistants/', {
        headers: keys,
        json: { name: 'Walker', tone: 'casual', language: 'en' },
      }),
      201,
    );
    const session = checked(
      await c.call('post', '/companin/api/v1/sessions/', {
        headers: jwt,
        json: { assistant_id: DEMO.companin.assistantId, visitor_id: 'v' },
      }),
      201,
    );
    checked(
      await c.call('post', '/companin/api/v1/sessions/', {
        headers: { ...jwt, origin: 'http://localhost:9999' },
        json: { assistant_id: DEMO.companin.assistantId },
      }),
      403,
    );
    checked(await c.call('post', '/companin/api/v1/sessions/', { headers: keys, json: { assistant_id: 'nope' } }), 404);
    const sid = { session_id: session.body.data.id };
    checked(
      await c.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: jwt,
        params: sid,
        json: { content: 'What are your business hours?' },
      }),
      200,
    );
    checked(
      await c.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: { ...jwt, accept: 'text/event-stream' },
        params: sid,
        json: { content: 'hello' },
      }),
      200,
    );
    checked(await c.call('get', '/companin/api/v1/sessions/{session_id}/messages', { headers: jwt, params: sid }), 200);
    checked(
      await c.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: keys,
        params: { session_id: 'nope' },
      }),
      404,
    );
    app.runtime.faults.add('companin', 'ai_unavailable', 1);
    checked(
      await c.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: keys,
        params: sid,
        json: { content: 'hello' },
      }),
      503,
    );
    const convo = checked(
      await c.call('post', '/companin/api/v1/conversations/', {
        headers: keys,
        json: { assistant_id: DEMO.companin.assistantId, customer_id: 'c1', title: 'Walk' },
      }),
      201,
    );
    checked(
      await c.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
        headers: keys,
        params: { conversation_id: convo.body.data.id },
        json: { content: 'Track my order' },
      }),
      200,
    );
    checked(
      await c.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
        headers: keys,
        params: { conversation_id: 'nope' },
        json: { content: 'x' },
      }),
      404,
    );
    checked(
      await c.call('post', '/companin/api/v1/contexts/', {
        headers: keys,
        json: { user_reference: 'c1', traits: { name: 'Walker' } },
      }),
      201,
    );
    checked(
      await c.call('post', '/companin/api/v1/contexts/', {
        headers: keys,
        json: { user_reference: 'c1', traits: { name: 'W' } },
      }),
      200,
    );
    const form = new FormData();
    form.append('title', 'Notes');
    form.append('file_type', 'txt');
    form.append('file', new File(['Returns are free within 30 days.'], 'notes.txt', { type: 'text/plain' }));
    checked(await c.call('post', '/companin/api/v1/knowledge/files/', { headers: keys, form }), 201);
    checked(
      await c.call('post', '/companin/api/v1/knowledge/qa/', {
        headers: keys,
        json: { question: 'Q?', answer: 'A.', tags: ['t'], source: 'manual' },
      }),
      201,
    );
    checked(
      await c.call('post', '/companin/api/v1/knowledge/urls/', {
        headers: keys,
        json: { url: `${mock.url}/nothing-here` },
      }),
      400,
    );
    // The widget's own calls (client-facts Part A).
    checked(await c.call('get', '/companin/api/v1/embed/resolve', { query: { key: DEMO.companin.installKey } }), 200);
    checked(await c.call('get', '/companin/api/v1/embed/resolve', { query: { key: 'wgt_none' } }), 404);
    checked(await c.call('get', '/companin/api/health'), 200);
    const agent = { params: { agent_id: DEMO.companin.assistantId } };
    checked(await c.call('get', '/companin/api/v1/agents/{agent_id}', { headers: jwt, ...agent }), 200);
    checked(
      await c.call('get', '/companin/api/v1/agents/{agent_id}', { headers: jwt, params: { agent_id: 'x' } }),
      404,
    );
    const config = { params: { config_id: DEMO.companin.chatConfigId }, query: { visitor_id: 'widget-1' } };
    checked(await c.call('get', '/companin/widget-config/{config_id}/public/', { headers: jwt, ...config }), 200);
    checked(
      await c.call('get', '/companin/widget-config/{config_id}/public/', { headers: jwt, params: { config_id: 'x' } }),
      404,
    );
    checked(
      await c.call('post', '/companin/api/v1/widget/ui-translations', {
        json: { locale: 'ja', version: 'v1', strings: { send: 'Send' } },
      }),
      200,
    );
    checked(
      await c.call('post', '/companin/telemetry/events/', {
        headers: { origin },
        json: { event_type: 'widget_load', agent: DEMO.companin.assistantId, user_id: 'widget-1' },
      }),
      201,
    );
    const inSession = { headers: jwt, params: sid };
    checked(
      await c.call('patch', '/companin/api/v1/sessions/{session_id}', { ...inSession, json: { metadata: { a: 1 } } }),
      200,
    );
    checked(await c.call('get', '/companin/api/v1/sessions/{session_id}/feedback', inSession), 200);
    checked(
      await c.call('post', '/companin/api/v1/sessions/{session_id}/feedback', {
        ...inSession,
        json: { rating: 'neutral' },
      }),
      201,
    );
    checked(await c.call('post', '/companin/api/v1/sessions/{session_id}/heartbeat', inSession), 200);
    checked(
      await c.call('post', '/companin/api/v1/sessions/{session_id}/conversions', {
        ...inSession,
        json: { goal_type: 'signup', dedup_key: 'd1' },
      }),
      201,
    );
    const upload = new FormData();
    upload.append('file', new File(['receipt'], 'r.txt', { type: 'text/plain' }));
    checked(await c.call('post', '/companin/api/v1/sessions/{session_id}/files', { ...inSession, form: upload }), 201);
    const reply = await c.call('get', '/companin/api/v1/sessions/{session_id}/messages', inSession);
    const messageId = reply.body.data.messages.at(-1).id;
    checked(
      await c.call('post', '/companin/api/v1/message/{message_id}/feedback', {
        headers: jwt,
        params: { message_id: messageId },
        json: { feedback_type: 'thumbs_down' },
      }),
      201,
    );
    checked(
      await c.call('post', '/companin/api/v1/support-tickets/', {
        headers: jwt,
        json: { name: 'W', email: 'w@example.com', message: 'help', session_id: sid.session_id },
      }),
      201,
    );
    checked(await c.call('get', '/companin/api/v1/auth/sessions/by-user', { headers: jwt }), 403);
    checked(
      await c.call('get', '/companin/api/v1/knowledge/search/widget', {
        headers: jwt,
        query: { agent_id: DEMO.companin.assistantId, q: 'hours' },
      }),
      200,
    );
    for (const path of [
      '/companin/api/v1/embed/resolve',
      '/companin/api/v1/agents/{agent_id}',
      '/companin/widget-config/{config_id}/public/',
      '/companin/api/v1/widget/ui-translations',
      '/companin/telemetry/events/',
      '/companin/api/v1/sessions/{session_id}',
      '/companin/api/v1/sessions/{session_id}/feedback',
      '/companin/api/v1/sessions/{session_id}/heartbeat',
      '/companin/api/v1/sessions/{session_id}/conversions',
      '/companin/api/v1/sessions/{session_id}/files',
      '/companin/api/v1/message/{message_id}/feedback',
      '/companin/api/v1/support-tickets/',
      '/companin/api/v1/auth/sessions/by-user',
      '/companin/api/v1/knowledge/search/widget',
      '/companin/api/health',
    ] as const) {
      checked(
        await c.call('options', path, {
          headers: { origin, 'access-control-request-method': 'POST' },
          params: { session_id: 'x', agent_id: 'a', config_id: 'c', message_id: 'm' } as never,
        }),
        204,
      );
    }
    for (const path of [
      '/companin/api/v1/auth/widget-token',
      '/companin/api/v1/assistants/',
      '/companin/api/v1/sessions/',
      '/companin/api/v1/sessions/{session_id}/messages',
      '/companin/api/v1/conversations/',
      '/companin/api/v1/conversations/{conversation_id}/messages',
      '/companin/api/v1/contexts/',
      '/companin/api/v1/knowledge/files/',
      '/companin/api/v1/knowledge/qa/',
      '/companin/api/v1/knowledge/urls/',
    ] as const) {
      checked(
        await c.call('options', path, {
          headers: { origin, 'access-control-request-method': 'POST' },
          params: { session_id: 'x', conversation_id: 'y' } as never,
        }),
        204,
      );
    }
  });

  it('covered every operation in the spec', async () => {
    const all = operationsOf(await loadSpec())
      .map((o) => o.id)
      .sort();
    expect([...covered].sort()).toEqual(all);
  });
});
