import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO, companinKeys, createTestMock, type TestMock } from '../support/mock.js';

const ORIGIN = 'http://localhost:3000';
const assistant_id = DEMO.companin.assistantId;
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

async function widgetToken(origin = ORIGIN) {
  const res = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
    json: { client_id: DEMO.companin.clientId },
    headers: { origin },
  });
  expect(res.status).toBe(200);
  return res.body.token as string;
}

describe('companin widget tokens', () => {
  it('mints an HS256 JWT valid for 3600 s that carries the org and Origin', async () => {
    const res = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
      json: { client_id: DEMO.companin.clientId },
      headers: { origin: ORIGIN },
    });
    expect(res.body).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
    const [header, payload] = res.body.token
      .split('.')
      .slice(0, 2)
      .map((p: string) => JSON.parse(Buffer.from(p, 'base64url').toString()));
    expect(header.alg).toBe('HS256');
    expect(payload).toMatchObject({ org: 'org_1', origin: ORIGIN, sub: DEMO.companin.clientId });
    expect(payload.exp - payload.iat).toBe(3600);
  });

  it('400s a missing or disallowed Origin with the code the widget expects, 401s an unknown client', async () => {
    const missing = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
      json: { client_id: DEMO.companin.clientId },
    });
    expect(missing.body).toMatchObject({
      status: 'error',
      status_code: 400,
      code: 'missing_origin_header',
      data: null,
    });
    const evil = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
      json: { client_id: DEMO.companin.clientId },
      headers: { origin: 'https://evil.example' },
    });
    expect(evil.body.code).toBe('origin_not_allowed');
    expect(
      (
        await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
          json: { client_id: 'nobody' },
          headers: { origin: ORIGIN },
        })
      ).status,
    ).toBe(401);
  });

  it('rejects a token from another Origin (403), an expired one (401) and a forged one (401)', async () => {
    const token = await widgetToken();
    const call = (headers: Record<string, string>) =>
      mock.companin.call('post', '/companin/api/v1/sessions/', {
        json: { assistant_id },
        headers: { authorization: `Bearer ${headers.token ?? token}`, origin: headers.origin ?? ORIGIN },
      });
    expect((await call({})).status).toBe(201);
    const mismatch = await call({ origin: 'http://localhost:4000' });
    expect([mismatch.status, mismatch.body.detail]).toEqual([403, 'Origin mismatch']);
    const forged = await call({ token: token.slice(0, -3) + (token.endsWith('A') ? 'BBB' : 'AAA') });
    expect([forged.status, forged.body.detail]).toEqual([401, 'Invalid token']);
    expect((await call({ token: 'not-a-jwt' })).status).toBe(401);
    mock.app.runtime.clock.advance(3601);
    const expired = await call({});
    expect([expired.status, expired.body.detail]).toEqual([401, 'Token has expired']);
  });

  it('keeps widget tokens to the visitor-facing operations', async () => {
    const token = await widgetToken();
    const res = await mock.companin.call('get', '/companin/api/v1/assistants/', {
      headers: { authorization: `Bearer ${token}`, origin: ORIGIN },
    });
    expect(res.status).toBe(403);
  });
});

describe('companin key and secret', () => {
  it('401s missing or wrong credentials in the vendor error shape', async () => {
    const none = await mock.companin.call('get', '/companin/api/v1/assistants/');
    expect(none.body).toMatchObject({ status: 'error', status_code: 401, data: null });
    const wrong = await mock.companin.call('get', '/companin/api/v1/assistants/', {
      headers: { ...companinKeys, 'x-api-secret': 'nope' },
    });
    expect(wrong.status).toBe(401);
  });
});

describe('companin resources', () => {
  it('lists and creates assistants, validating tone and language', async () => {
    const list = await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys });
    expect(list.body.data.assistants.map((a: any) => a.id)).toEqual([assistant_id]);
    const created = await mock.companin.call('post', '/companin/api/v1/assistants/', {
      headers: companinKeys,
      json: { name: 'Sales', tone: 'friendly', language: 'sv' },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ name: 'Sales', tone: 'friendly', language: 'sv', is_active: true });
    const bad = await mock.companin.call('post', '/companin/api/v1/assistants/', {
      headers: companinKeys,
      json: { name: 'x', tone: 'grumpy' as never },
    });
    expect([bad.status, bad.body.detail]).toEqual([
      422,
      'body.tone: must be one of: professional, friendly, casual, formal',
    ]);
    expect(
      (await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys })).body.data.assistants,
    ).toHaveLength(2);
  });

  it('runs the reference widget flow: token, session (agent_id alias), message, history', async () => {
    const token = await widgetToken();
    const headers = { authorization: `Bearer ${token}`, origin: ORIGIN };
    const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
      headers,
      json: { agent_id: assistant_id, visitor_id: 'visitor-1', metadata: { source: 'support_widget' } } as never,
    });
    expect(session.body.data).toMatchObject({
      session_id: session.body.data.id,
      assistant_id,
      visitor_id: 'visitor-1',
    });
    const sent = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers,
      params: { session_id: session.body.data.id },
      json: { content: 'What are your business hours?' },
    });
    expect(sent.body.data.assistant_message).toMatchObject({
      sender: 'assistant',
      metadata: { assistant_unsure: false },
    });
    expect(sent.body.data.assistant_message.content).toMatch(/Monday to Friday/);
    const history = await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
      headers,
      params: { session_id: session.body.data.id },
    });
    expect(history.body.data.messages.map((m: any) => m.sender)).toEqual(['user', 'assistant']);
  });

  it('streams a reply as server-sent events when asked', async () => {
    const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
      headers: companinKeys,
      json: { assistant_id },
    });
    const res = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: { ...companinKeys, accept: 'text/event-stream, application/json' },
      params: { session_id: session.body.data.id },
      json: { content: 'hello' },
    });
    const events = res.text
      .trim()
      .split('\n\n')
      .map((e) => JSON.parse(e.replace(/^data: /, '')));
    expect(events.at(-1).type).toBe('done');
    expect(
      events
        .slice(0, -1)
        .map((e) => e.text)
        .join(''),
    ).toBe(events.at(-1).data.assistant_message.content);
  });

  it('404s an unknown assistant or session, and 410s an expired session', async () => {
    expect(
      (
        await mock.companin.call('post', '/companin/api/v1/sessions/', {
          headers: companinKeys,
          json: { assistant_id: 'nope' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
          headers: companinKeys,
          params: { session_id: 'nope' },
        })
      ).status,
    ).toBe(404);
    const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
      headers: companinKeys,
      json: { assistant_id },
    });
    mock.app.runtime.clock.advance(24 * 3600);
    const gone = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: companinKeys,
      params: { session_id: session.body.data.id },
      json: { content: 'hi' },
    });
    expect(gone.status).toBe(410);
  });

  it('creates conversations and contexts (201, then 200 on replace), and sends conversation messages', async () => {
    const ctx1 = await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: companinKeys,
      json: { user_reference: 'user-123', traits: { name: 'Alice' } },
    });
    expect(ctx1.status).toBe(201);
    const ctx2 = await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: companinKeys,
      json: { user_reference: 'user-123', traits: { name: 'Alicia' } },
    });
    expect([ctx2.status, ctx2.body.data.id, ctx2.body.data.traits.name]).toEqual([200, ctx1.body.data.id, 'Alicia']);
    const convo = await mock.companin.call('post', '/companin/api/v1/conversations/', {
      headers: companinKeys,
      json: { assistant_id, customer_id: 'user-123', user_context_id: 'user-123', title: 'Product Recommendations' },
    });
    expect(convo.status).toBe(201);
    const msg = await mock.companin.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
      headers: companinKeys,
      params: { conversation_id: convo.body.data.id },
      json: { content: 'Which laptop do you recommend?' },
    });
    expect(msg.body.data.user_message.content).toBe('Which laptop do you recommend?');
  });

  it('adds Q&A and text files to the knowledge the assistant answers from', async () => {
    const qa = await mock.companin.call('post', '/companin/api/v1/knowledge/qa/', {
      headers: companinKeys,
      json: {
        question: 'How do I reset my password?',
        answer: 'Open settings and choose Reset password.',
        tags: ['password'],
        source: 'manual',
      },
    });
    expect(qa.status).toBe(201);
    const form = new FormData();
    form.append('title', 'Manual');
    form.append('file_type', 'md');
    form.append('file', new File(['# Warranty\nEvery laptop carries a two year warranty.'], 'manual.md'));
    const file = await mock.companin.call('post', '/companin/api/v1/knowledge/files/', { headers: companinKeys, form });
    expect(file.body.data).toMatchObject({ kind: 'file', title: 'Manual', file_type: 'md', chunks_created: 1 });
    const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
      headers: companinKeys,
      json: { assistant_id },
    });
    const reply = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: companinKeys,
      params: { session_id: session.body.data.id },
      json: { content: 'what warranty do laptops carry?' },
    });
    expect(reply.body.data.assistant_message.content).toMatch(/two year warranty/);
  });

  it('422s an empty file and a missing one', async () => {
    const empty = new FormData();
    empty.append('title', 'x');
    empty.append('file_type', 'txt');
    empty.append('file', new File([], 'x.txt'));
    const refused = await mock.companin.call('post', '/companin/api/v1/knowledge/files/', {
      headers: companinKeys,
      form: empty,
    });
    expect([refused.status, refused.body.detail]).toEqual([422, 'body.file: must not be empty']);
    const none = new FormData();
    none.append('title', 'x');
    none.append('file_type', 'txt');
    const missing = await mock.companin.call('post', '/companin/api/v1/knowledge/files/', {
      headers: companinKeys,
      form: none,
    });
    expect([missing.status, missing.body.detail]).toEqual([422, 'body.file: is required']);
  });
});

describe('companin hourly limit', () => {
  it('carries X-RateLimit-* on every answer and 429s the 1001st request of the hour with Retry-After', async () => {
    const first = await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys });
    expect(first.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('999');
    expect(
      (await mock.admin('PUT', `/companin/organisations/${DEMO.companin.clientId}/usage`, { requests_this_hour: 1000 }))
        .status,
    ).toBe(200);
    const refused = await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3600');
    mock.app.runtime.clock.advance(3600);
    expect((await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys })).status).toBe(
      200,
    );
  });
});

describe('companin CORS with credentials', () => {
  it('answers preflight and actual requests with the echoed Origin and Allow-Credentials', async () => {
    const pre = await mock.companin.call('options', '/companin/api/v1/sessions/{session_id}/messages', {
      params: { session_id: 'x' },
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(pre.status).toBe(204);
    expect(Object.fromEntries([...pre.headers].filter(([k]) => k.startsWith('access-control')))).toEqual({
      'access-control-allow-origin': ORIGIN,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST, PATCH, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type, idempotency-key',
      'access-control-max-age': '600',
    });
    const actual = await mock.companin.call('get', '/companin/api/v1/assistants/', {
      headers: { ...companinKeys, origin: ORIGIN },
    });
    expect(actual.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(actual.headers.get('access-control-allow-credentials')).toBe('true');
    expect(actual.headers.get('access-control-expose-headers')).toMatch(/X-RateLimit-Remaining/);
    const denied = await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: { origin: ORIGIN } });
    expect([denied.status, denied.headers.get('access-control-allow-origin')]).toEqual([401, ORIGIN]);
  });
});
