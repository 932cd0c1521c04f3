import { VENDOR_MODULES } from '../../src/vendors/index.js';
import { describe, expect, it } from 'vitest';
import { startNodeServer } from '../../src/adapters/node-server.js';
import { DEMO, bearer, companinKeys, createTestMock, type TestMock } from '../support/mock.js';

/** Faults per operation, client and session, as a frontend developer sets them through admin. */
const starter = bearer(DEMO.asyntai.starter);
const chat = (mock: TestMock, session_id = 's1') =>
  mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message: 'hi', session_id } });

describe('faults', () => {
  it('answer a documented error status on one operation, in the vendor shape, `times` times, counted', async () => {
    const mock = await createTestMock();
    const added = await mock.admin('POST', '/faults', {
      vendor: 'asyntai',
      operation: 'asyntaiChat',
      type: 'status',
      status: 429,
      times: 2,
    });
    expect(added.status).toBe(201);
    const hit = await chat(mock);
    expect([hit.status, hit.body, hit.headers.get('retry-after')]).toEqual([
      429,
      { success: false, error: 'Injected fault: 429' },
      '1',
    ]);
    // Another operation is untouched, and the fault counts its hit.
    expect((await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter })).status).toBe(200);
    expect((await mock.admin('GET', '/faults')).body.faults).toMatchObject([{ id: added.body.fault.id, hits: 1 }]);
    expect((await chat(mock)).status).toBe(429);
    expect((await chat(mock)).status).toBe(200);
    expect((await mock.admin('GET', '/faults')).body.faults).toEqual([]);
  });

  it('refuse a status the operation does not document, and a scoped ai_unavailable; remove by id', async () => {
    const mock = await createTestMock();
    const bad = (body: object) => mock.admin('POST', '/faults', body);
    expect((await bad({ vendor: 'asyntai', operation: 'asyntaiChat', type: 'status', status: 418 })).body).toEqual({
      error: 'status: 418 is not documented for asyntaiChat; no operation of asyntai documents it',
    });
    expect((await bad({ vendor: 'asyntai', operation: 'nope', type: 'drop' })).status).toBe(400);
    expect((await bad({ vendor: 'asyntai', type: 'ai_unavailable', session: 's1' })).status).toBe(400);
    expect((await bad({ vendor: 'asyntai', type: 'latency', latency_ms: -1 })).status).toBe(400);
    const { fault } = (await bad({ vendor: 'asyntai', type: 'drop' })).body;
    expect((await mock.admin('DELETE', `/faults/${fault.id}`)).body).toEqual({ faults: [] });
    expect((await mock.admin('DELETE', `/faults/${fault.id}`)).status).toBe(404);
  });

  it('refuse what they cannot do with the nearest right value; a vendor-wide fault says where it applies', async () => {
    const mock = await createTestMock();
    const add = (body: object) => mock.admin('POST', '/faults', body);
    expect((await add({ vendor: 'asyntai', type: 'status', stauts: 500 })).body).toEqual({
      error:
        'stauts: not a fault field (did you mean status?); fields: vendor, type, operation, principal, session, ' +
        'status, latency_ms, after_tokens, times, probability',
    });
    expect((await add({ vendor: 'asyntai', type: 'status', operation: 'asyntaiChatt', status: 503 })).body).toEqual({
      error: 'operation: asyntaiChatt is not an operation of asyntai (did you mean asyntaiChat?)',
    });
    expect((await add({ vendor: 'asyntia', type: 'drop' })).body.error).toBe(
      `vendor: must be ${VENDOR_MODULES.map((m) => m.name).join(', ')} or * (did you mean asyntai?)`,
    );
    // Documented only where a message is answered: said so, instead of a fault that never fires elsewhere.
    expect((await add({ vendor: 'chungtair', type: 'status', status: 502 })).body).toEqual({
      error: 'status: 502 is not documented for any operation of chungtair; no operation of chungtair documents it',
    });
    expect(
      (await add({ vendor: 'chungtair', operation: 'chungtairGetConfig', type: 'status', status: 500 })).body,
    ).toEqual({ error: 'status: 500 is not documented for chungtairGetConfig; it is for chungtairMessage' });
    expect((await add({ vendor: 'chungtair', type: 'cut_stream', after_tokens: 1 })).body).toEqual({
      error: 'type: cut_stream needs an operation that streams; chungtair has none',
    });
    const wide = await add({ vendor: 'chungtair', type: 'status', status: 500 });
    expect([wide.status, wide.body.applies_to]).toEqual([201, ['chungtairMessage']]);
    const ai = await add({ vendor: 'companin', type: 'ai_unavailable' });
    expect(ai.body.applies_to).toEqual(['companinSendSessionMessage', 'companinSendConversationMessage']);
    const drop = await add({ vendor: 'asyntai', type: 'drop', operation: 'asyntaiChat' });
    expect(drop.body.applies_to).toEqual(['asyntaiChat']);
  });

  it('hit only the session or client named, and by a seeded probability the same way each run', async () => {
    const mock = await createTestMock();
    await mock.admin('POST', '/faults', { vendor: 'asyntai', session: 'sick', type: 'status', status: 503 });
    expect((await chat(mock, 'sick')).status).toBe(503);
    expect((await chat(mock, 'well')).status).toBe(200);
    await mock.admin('DELETE', '/faults');
    await mock.admin('POST', '/faults', {
      vendor: 'companin',
      principal: 'cmp_test_client',
      type: 'status',
      status: 401,
    });
    expect((await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys })).status).toBe(
      401,
    );

    const pattern = async () => {
      const m = await createTestMock();
      await m.admin('POST', '/faults', { vendor: 'asyntai', type: 'status', status: 401, probability: 0.5 });
      const statuses = [];
      for (let i = 0; i < 16; i++)
        statuses.push((await m.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter })).status);
      return statuses;
    };
    const first = await pattern();
    expect(new Set(first)).toEqual(new Set([200, 401]));
    expect(await pattern()).toEqual(first);
  });

  it('drop the connection: a network error in process and from the Node server', async () => {
    const mock = await createTestMock();
    await mock.admin('POST', '/faults', { vendor: 'asyntai', type: 'drop' });
    const inProcess = await mock.app.fetch(new Request('http://x/asyntai/api/v1/account/', { headers: starter }));
    expect(inProcess.type).toBe('error');
    const server = await startNodeServer(mock.app, { port: 0 });
    try {
      await expect(fetch(`${server.url}/asyntai/api/v1/account/`, { headers: starter })).rejects.toThrow(TypeError);
    } finally {
      await server.close();
    }
    // Through msw: test/adapters/msw.test.ts (the Node server replaces the global Response here).
    const journal = (await mock.admin('GET', '/journal?operation=asyntaiGetAccount')).body.entries;
    expect(journal.map((e: { status: number }) => e.status)).toEqual([0, 0]);
  });

  it('cut a JSON body in half with a 200, and a stream after N tokens (what was said is kept)', async () => {
    const mock = await createTestMock();
    await mock.admin('POST', '/faults', { vendor: 'asyntai', operation: 'asyntaiGetAccount', type: 'malformed' });
    const res = await mock.app.fetch(new Request('http://x/asyntai/api/v1/account/', { headers: starter }));
    expect(res.status).toBe(200);
    await expect(res.clone().json()).rejects.toThrow(SyntaxError);
    expect((await res.text()).startsWith('{"success":true')).toBe(true);

    await mock.admin('POST', '/faults', { vendor: 'companin', type: 'cut_stream', after_tokens: 2 });
    const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
      headers: companinKeys,
      json: { assistant_id: DEMO.companin.assistantId },
    });
    const stream = await mock.companin.stream('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: companinKeys,
      params: { session_id: session.body.data.id },
      json: { content: 'What are your business hours?' },
    });
    expect(await stream.rest()).toEqual([
      { type: 'token', text: 'We ' },
      { type: 'token', text: 'are ' },
    ]);
    const history = await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: companinKeys,
      params: { session_id: session.body.data.id },
    });
    expect(history.body.data.messages.at(-1)).toMatchObject({ content: 'We are ', metadata: { stopped: true } });
  });

  it('pause before the answer, and between streamed tokens', async () => {
    const mock = await createTestMock();
    await mock.admin('POST', '/faults', { vendor: 'companin', type: 'latency', latency_ms: 40 });
    const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
      headers: companinKeys,
      json: { assistant_id: DEMO.companin.assistantId },
    });
    const started = performance.now();
    const stream = await mock.companin.stream('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: companinKeys,
      params: { session_id: session.body.data.id },
      json: { content: 'Hello' },
    });
    const events = await stream.rest();
    // One pause before the answer, then one before each event.
    expect(performance.now() - started).toBeGreaterThanOrEqual(40 * (events.length + 1) - 5);
    expect(events.at(-1)?.type).toBe('done');
  });
});
