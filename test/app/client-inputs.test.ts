import { describe, expect, it } from 'vitest';
import { DEMO, bearer, createTestMock, ownVisits } from '../support/mock.js';

const starter = bearer(DEMO.asyntai.starter);

describe('Asyntai inputs as its public clients send them (client-facts B.2)', () => {
  it('takes website_id as a numeric string, and "" as the primary website (n8n)', async () => {
    const mock = await createTestMock();
    const chat = (website_id: string) =>
      mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
        headers: starter,
        json: { message: 'hi', session_id: `s${website_id}`, website_id },
      });
    expect((await chat('')).status).toBe(200);
    expect((await chat('2')).status).toBe(200);
    const sessions = await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', {
      headers: starter,
      query: { website_id: '' },
    });
    expect(
      ownVisits(sessions.body.sessions)
        .map((s: any) => s.session_id)
        .sort(),
    ).toEqual(['s', 's2']);
    const text = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: 'Parking', content: 'Parking is free behind the shop.', website_id: '' },
    });
    expect(text.status).toBe(200);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter, query: { website_id: '' } }))
        .status,
    ).toBe(200);
  });

  it('takes since as a date as well as a date-time (dify), a day meaning from its start in UTC', async () => {
    const mock = await createTestMock();
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'mail me: ana@example.com', session_id: 'a' },
    });
    const leads = (since: string) =>
      mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter, query: { since } });
    expect((await leads('2025-06-02')).body.leads.map((l: any) => l.session_id)).toEqual(['a']);
    expect((await leads('2025-06-03')).body.leads).toEqual([]);
    expect((await leads('2025-06-02T09:00:00Z')).body.leads).toHaveLength(1);
    expect((await leads('June 2')).status).toBe(400);
  });
});

describe('Chungtair bots that do not answer', () => {
  it('answer like a paused bot when disabled, in the paused text of their locale', async () => {
    const mock = await createTestMock();
    const token = 'abcdefabcdefabcdefabcdefabcdef12';
    expect((await mock.admin('PUT', `/chungtair/bots/${token}`, { enabled: false, locale: 'en' })).status).toBe(201);
    const send = () =>
      mock.chungtair.call('post', '/chungtair/api/widget/message', { json: { token, message: 'hello?' } });
    expect((await send()).body).toEqual({ success: false, reply: 'Service paused' });
    await mock.admin('PUT', `/chungtair/bots/${token}`, { locale: 'zh-TW' });
    expect((await send()).body).toEqual({ success: false, reply: '客服暫停服務中' });
    await mock.admin('PUT', `/chungtair/bots/${token}`, { paused_text: 'Back at nine' });
    expect((await send()).body).toEqual({ success: false, reply: 'Back at nine' });
    await mock.admin('PUT', `/chungtair/bots/${token}`, { enabled: true });
    expect((await send()).body.success).toBe(true);
  });
});

describe('knowledge URLs without the network', () => {
  const pages = {
    'https://shop.example/faq': '<html><title>Shop FAQ</title><main><p>Gift cards never expire.</p></main></html>',
    'https://shop.example/plain': 'Returns are free within 30 days.',
  };

  it('read pages the fixtures declare, and, offline, refuse any other URL at once', async () => {
    const mock = await createTestMock({ fixtures: { pages }, offline: true });
    const add = (url: string) =>
      mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', { headers: starter, json: { url } });
    expect((await add('https://shop.example/faq')).body).toMatchObject({
      success: true,
      title: 'Shop FAQ',
      url: 'https://shop.example/faq',
    });
    expect((await add('https://shop.example/plain')).status).toBe(200);
    const elsewhere = await add('https://elsewhere.example/');
    expect([elsewhere.status, elsewhere.body.error]).toEqual([
      400,
      'Could not fetch https://elsewhere.example/: ' +
        'the mock runs offline (--offline) and the fixtures declare no such page',
    ]);
    const companin = await mock.companin.call('post', '/companin/api/v1/knowledge/urls/', {
      headers: { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret },
      json: { url: 'https://shop.example/faq' },
    });
    expect([companin.status, companin.body.data.title]).toEqual([201, 'Shop FAQ']);
    const answer = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'do gift cards expire?' },
    });
    expect(answer.body.response).toMatch(/Gift cards never expire/);
  });
});

describe('Companin widget tokens in an iframe (client-facts A, origin headers)', () => {
  const WIDGET_HOST = 'https://widget.companin.example';
  const PAGE = 'https://example.com';

  it('are minted for X-Embed-Origin and pinned to it, then Origin, then Referer', async () => {
    const mock = await createTestMock();
    const mint = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
      headers: { origin: WIDGET_HOST, 'x-embed-origin': PAGE },
      json: { client_id: DEMO.companin.clientId },
    });
    expect(mint.status).toBe(200);
    const session = (headers: Record<string, string>) =>
      mock.companin.call('post', '/companin/api/v1/sessions/', {
        headers: { authorization: `Bearer ${mint.body.token}`, ...headers },
        json: { assistant_id: DEMO.companin.assistantId },
      });
    expect((await session({ origin: WIDGET_HOST, 'x-embed-origin': PAGE })).status).toBe(201);
    expect((await session({ referer: `${PAGE}/pricing?x=1` })).status).toBe(201);
    const iframeOnly = await session({ origin: WIDGET_HOST });
    expect([iframeOnly.status, iframeOnly.body.detail]).toEqual([403, 'Origin mismatch']);
    const refused = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
      headers: { origin: PAGE, 'x-embed-origin': 'https://not-allowed.example' },
      json: { client_id: DEMO.companin.clientId },
    });
    expect([refused.status, refused.body.code]).toEqual([400, 'origin_not_allowed']);
  });
});

describe('Companin replies as the widget reads them (client-facts A.3.12)', () => {
  const keys = { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret };

  it('carry session_id, conversation_id and an expires_at that each message moves forward', async () => {
    const mock = await createTestMock();
    const created = await mock.companin.call('post', '/companin/api/v1/sessions/', {
      headers: keys,
      json: { assistant_id: DEMO.companin.assistantId },
    });
    const params = { session_id: created.body.data.id };
    const send = () =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: keys,
        params,
        json: { content: 'hours?' },
      });
    mock.app.runtime.clock.advance(23 * 3600);
    const reply = await send();
    expect(reply.body.data).toMatchObject({ session_id: params.session_id, conversation_id: params.session_id });
    expect(Date.parse(reply.body.data.expires_at) - Date.parse(created.body.data.expires_at)).toBe(23 * 3600_000);
    mock.app.runtime.clock.advance(23 * 3600); // 46 hours after creation, 23 after the last message
    expect((await send()).status).toBe(200);
    const conversation = await mock.companin.call('post', '/companin/api/v1/conversations/', {
      headers: keys,
      json: { assistant_id: DEMO.companin.assistantId },
    });
    const turn = await mock.companin.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
      headers: keys,
      params: { conversation_id: conversation.body.data.id },
      json: { content: 'hours?' },
    });
    expect(turn.body.data.conversation_id).toBe(conversation.body.data.id);
  });
});
