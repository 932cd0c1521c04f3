import { describe, expect, it } from 'vitest';
import { DEMO, bearer, companinKeys, createTestMock, type TestMock, ownVisits } from '../support/mock.js';

async function script(mock: TestMock): Promise<string[]> {
  const starter = bearer(DEMO.asyntai.starter);
  const bodies: string[] = [];
  const keep = (r: { text: string }) => bodies.push(r.text);
  keep(await mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message: 'hello' } }));
  keep(
    await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: 'T', content: 'Some knowledge text.' },
    }),
  );
  keep(
    await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
      headers: starter,
      json: { url: 'https://example.com/h', events: ['message.received'] },
    }),
  );
  keep(await mock.asyntai.call('get', '/asyntai/api/v1/websites/', { headers: starter }));
  keep(await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter }));
  keep(
    await mock.chungtair.call('post', '/chungtair/api/widget/message', {
      json: { token: DEMO.chungtair.enabled, message: '營業時間?' },
    }),
  );
  const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
    headers: companinKeys,
    json: { assistant_id: DEMO.companin.assistantId },
  });
  keep(session);
  keep(
    await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: companinKeys,
      params: { session_id: session.body.data.id },
      json: { content: 'hours?' },
    }),
  );
  const token = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
    headers: { origin: 'http://localhost:3000' },
    json: { client_id: DEMO.companin.clientId },
  });
  // The claims are the same every run; the signature's key is random for each start.
  bodies.push(JSON.stringify({ ...token.body, token: token.body.token.split('.').slice(0, 2).join('.') }));
  signatures.push(token.body.token.split('.')[2]);
  return bodies;
}

const signatures: string[] = [];

describe('determinism', () => {
  it('gives byte-identical bodies to two fresh mocks given the same requests, but token signatures', async () => {
    signatures.length = 0;
    expect(await script(await createTestMock())).toEqual(await script(await createTestMock()));
    expect(signatures[0]).not.toBe(signatures[1]);
  });

  it('changes demo data and ids with the seed', async () => {
    const [a, b] = await Promise.all([createTestMock({ seed: 1 }), createTestMock({ seed: 2 })]);
    const websites = async (m: TestMock) =>
      (await m.asyntai.call('get', '/asyntai/api/v1/websites/', { headers: bearer(DEMO.asyntai.starter) })).body
        .websites;
    const [wa, wb] = [await websites(a), await websites(b)];
    expect(wa[0].id).toBe(1);
    expect(wb[0].id).toBe(1);
    expect(wa[0].domain).not.toBe(wb[0].domain);
  });

  it('POST /__admin/reset returns to the seeded state, and the same requests again give the same answers', async () => {
    const mock = await createTestMock();
    const first = await script(mock);
    mock.app.runtime.clock.advance(86_400);
    expect((await mock.admin('POST', '/reset')).status).toBe(200);
    expect(
      ownVisits(
        (await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: bearer(DEMO.asyntai.starter) })).body
          .sessions,
      ),
    ).toEqual([]);
    expect(await script(mock)).toEqual(first);
  });
});

describe('the admin clock', () => {
  it('reads, sets and advances the one clock that stamps every timestamp', async () => {
    const mock = await createTestMock();
    expect((await mock.admin('GET', '/clock')).body).toEqual({ now: '2025-06-02T09:00:00.000Z' });
    expect((await mock.admin('POST', '/clock', { set: '2026-01-01T00:00:00Z' })).body).toEqual({
      now: '2026-01-01T00:00:00.000Z',
    });
    expect((await mock.admin('POST', '/clock', { advance_seconds: 90 })).body).toEqual({
      now: '2026-01-01T00:01:30.000Z',
    });
    const chat = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.starter),
      json: { message: 'hi', session_id: 's' },
    });
    expect(chat.status).toBe(200);
    const convo = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: bearer(DEMO.asyntai.starter),
      query: { session_id: 's' },
    });
    // Asyntai writes times to the second, as its reference does; the reply a second later.
    expect(convo.body.messages.map((m: { timestamp: string }) => m.timestamp)).toEqual([
      '2026-01-01T00:01:30Z',
      '2026-01-01T00:01:31Z',
    ]);
  });

  it('refuses a bad clock body with 400', async () => {
    const mock = await createTestMock();
    expect((await mock.admin('POST', '/clock', { set: 'yesterday' })).status).toBe(400);
    expect((await mock.admin('POST', '/clock', { advance_seconds: 'ten' })).status).toBe(400);
    expect((await mock.admin('POST', '/clock', {})).status).toBe(400);
  });

  it('keeps a bounded journal of answered requests', async () => {
    const mock = await createTestMock({ journalSize: 3 });
    for (let i = 0; i < 5; i++)
      await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: { token: DEMO.chungtair.enabled } });
    const journal = await mock.admin('GET', '/journal');
    expect(journal.body.entries).toHaveLength(3);
    expect(journal.body.entries[0]).toMatchObject({ method: 'GET', status: 200, operationId: 'chungtairGetConfig' });
  });
});

describe('admin request bodies', () => {
  it('refuse bad JSON with 400 on every admin call that takes a body, and let a takeover have none', async () => {
    const mock = await createTestMock();
    const raw = (method: string, path: string, body: string) =>
      mock.app.fetch(
        new Request(`http://supportbot-mock.test/__admin${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body,
        }),
      );
    for (const [method, path] of [
      ['POST', '/clock'],
      ['POST', '/faults'],
      ['PUT', `/asyntai/accounts/${DEMO.asyntai.starter}/usage`],
      ['POST', '/asyntai/bulk-sessions'],
      ['PUT', `/chungtair/bots/${DEMO.chungtair.enabled}`],
      ['POST', `/chungtair/bots/${DEMO.chungtair.enabled}/knowledge`],
    ]) {
      const res = await raw(method, path, '{nope');
      expect([path, res.status, (await res.json()).error]).toEqual([path, 400, 'body must be JSON']);
    }
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.starter),
      json: { message: 'hi', session_id: 'quiet' },
    });
    const takeover = await raw('POST', '/asyntai/sessions/quiet/takeover', '');
    expect([takeover.status, (await takeover.json()).taken_over_by]).toEqual([200, 'Support agent']);
  });
});
