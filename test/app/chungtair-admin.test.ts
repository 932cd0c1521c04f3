import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO, createTestMock, type TestMock } from '../support/mock.js';

const token = DEMO.chungtair.enabled;
const fresh = 'abcdefabcdefabcdefabcdefabcdef01';
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

const message = (body: Record<string, unknown>) =>
  mock.chungtair.call('post', '/chungtair/api/widget/message', { json: { token, ...body } as never });

describe('chungtair bots through the admin API', () => {
  it('creates a bot with PUT (201), changes it (200), and config reflects it, disabled included', async () => {
    const created = await mock.admin('PUT', `/chungtair/bots/${fresh}`, {
      bot_name: 'Shop',
      primary_color: '#123456',
      welcome: 'Hi!',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      token: fresh,
      paused: false,
      paused_text: '客服暫停服務中',
      config: { bot_name: 'Shop', primary_color: '#123456', welcome: 'Hi!', enabled: true },
    });
    const changed = await mock.admin('PUT', `/chungtair/bots/${fresh}`, { enabled: false });
    expect([changed.status, changed.body.config.bot_name]).toEqual([200, 'Shop']);
    const config = await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: { token: fresh } });
    expect(config.body.config).toMatchObject({ bot_name: 'Shop', enabled: false });
  });

  it('refuses a malformed token or body with 400, naming the field', async () => {
    expect((await mock.admin('PUT', '/chungtair/bots/NOT-HEX', {})).status).toBe(400);
    const bad = await mock.admin('PUT', `/chungtair/bots/${fresh}`, { primary_color: 'blue', colour: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/primary_color: must match pattern/);
  });

  it('pauses a bot with its own paused text', async () => {
    await mock.admin('PUT', `/chungtair/bots/${token}`, { paused: true, paused_text: 'Service paused' });
    expect((await message({ message: 'hello' })).body).toEqual({ success: false, reply: 'Service paused' });
  });

  it('answers from knowledge added through the admin API at once, Chinese from Chinese', async () => {
    const added = await mock.admin('POST', `/chungtair/bots/${token}/knowledge`, {
      title: '退貨',
      content: '商品到貨七天內可以申請退貨,請保留原包裝。',
    });
    expect(added.status).toBe(201);
    const res = await message({ message: '可以退貨嗎?' });
    expect(res.body.reply).toBe('商品到貨七天內可以申請退貨,請保留原包裝。');
    expect((await mock.admin('GET', `/chungtair/bots/${token}`)).body.knowledge.map((k: any) => k.title)).toContain(
      '退貨',
    );
    expect((await mock.admin('POST', `/chungtair/bots/${token}/knowledge`, { title: '' })).status).toBe(400);
  });

  it('404s every endpoint for a deleted bot', async () => {
    expect((await mock.admin('DELETE', `/chungtair/bots/${token}`)).status).toBe(200);
    expect((await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: { token } })).status).toBe(404);
    expect((await message({ message: 'hi' })).status).toBe(404);
    expect((await mock.admin('DELETE', `/chungtair/bots/${token}`)).status).toBe(404);
  });
});

describe('chungtair replies', () => {
  beforeEach(async () => {
    await mock.admin('PUT', `/chungtair/bots/${token}`, {});
    await mock.admin('POST', `/chungtair/bots/${token}/knowledge`, {
      title: 'Saturday hours',
      content: 'On Saturday the shop opens from 10 to 14.',
    });
    await mock.admin('POST', `/chungtair/bots/${token}/knowledge`, {
      title: 'Store hours',
      content: 'The shop opens at 9 and closes at 18 on weekdays.',
    });
  });

  it('uses history as context for a follow-up', async () => {
    const history = [
      { role: 'user', content: 'When does the shop open on Saturday?' },
      { role: 'assistant', content: 'On Saturday the shop opens from 10 to 14.' },
    ];
    expect((await message({ message: 'and on Sunday?', history })).body.reply).toBe(
      'On Saturday the shop opens from 10 to 14.',
    );
  });

  it('uses only the last 10 history messages', async () => {
    const old = [{ role: 'user', content: 'When does the shop open on Saturday?' }];
    const filler = Array.from({ length: 10 }, (_, i) => ({ role: i % 2 ? 'user' : 'assistant', content: 'ok' }));
    const res = await message({ message: 'and on Sunday?', history: [...old, ...filler] });
    expect(res.body.reply).not.toBe('On Saturday the shop opens from 10 to 14.');
  });

  it('adds other well-matching entries as extra replies', async () => {
    const res = await message({ message: 'When does the shop open?' });
    expect(res.body.success).toBe(true);
    expect([res.body.reply, ...res.body.extra_replies.map((e: any) => e.text)].sort()).toEqual([
      'On Saturday the shop opens from 10 to 14.',
      'The shop opens at 9 and closes at 18 on weekdays.',
    ]);
  });

  it('keeps conversations per chat_id for agents, newest first', async () => {
    await message({ message: 'hello', chat_id: 'web_00000001' });
    await message({ message: 'When does the shop open?', chat_id: 'web_00000002' });
    await message({ message: 'thanks', chat_id: 'web_00000001' });
    const { conversations } = (await mock.admin('GET', `/chungtair/bots/${token}/conversations`)).body;
    expect(conversations.map((c: any) => [c.chat_id, c.messages.length])).toEqual([
      ['web_00000001', 4],
      ['web_00000002', 2],
    ]);
    expect(conversations[0].messages[0]).toMatchObject({
      role: 'user',
      content: 'hello',
      at: '2025-06-02T09:00:00.000Z',
    });
  });
});

describe('chungtair heartbeat and debug view', () => {
  it('shows the ping in the bot: widget_last_seen_at and widget_last_domain', async () => {
    mock.app.runtime.clock.advance(30);
    await mock.chungtair.call('post', '/chungtair/api/widget/ping', {
      json: { token },
      headers: { origin: 'https://shop.example.tw:8443' },
    });
    expect((await mock.admin('GET', `/chungtair/bots/${token}`)).body).toMatchObject({
      widget_last_seen_at: '2025-06-02T09:00:30.000Z',
      widget_last_domain: 'shop.example.tw',
    });
  });

  it('keeps the last request to each endpoint with full bodies, errors included, for 24 hours', async () => {
    await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: { token } });
    await message({ message: 'first' });
    await message({ message: '' });
    const { entries } = (await mock.admin('GET', `/chungtair/bots/${token}/debug`)).body;
    expect(entries.map((e: any) => e.endpoint)).toEqual(['config', 'message']);
    expect(entries[1]).toMatchObject({
      request: { method: 'POST', url: '/chungtair/api/widget/message', body: { token, message: '' } },
      response: { status: 400, body: { success: false } },
    });
    expect(entries[0].response.body.config.bot_name).toBe('AI 智能客服');
    expect(entries[0].request).toEqual({
      method: 'GET',
      url: `/chungtair/api/widget/config?token=${token}`,
      origin: null,
      body: null,
    });
    // A request the spec took is kept as sent too, and named by the bot in its body.
    await message({ message: 'second', chat_id: 'web_0be0c400' });
    const [, taken] = (await mock.admin('GET', `/chungtair/bots/${token}/debug`)).body.entries;
    expect(taken).toMatchObject({
      request: { url: '/chungtair/api/widget/message', body: { token, message: 'second', chat_id: 'web_0be0c400' } },
      response: { status: 200, body: { success: true } },
    });
    // An entry in a state saved by an earlier version (path and parsed bodies) still shows.
    (mock.app.runtime.stateOf('chungtair') as { debug: Map<string, unknown> }).debug.set(`${token}:ping`, {
      at: '2025-06-02T09:00:00.000Z',
      endpoint: 'ping',
      request: { method: 'POST', url: '/chungtair/api/widget/ping', origin: null, body: { token } },
      response: { status: 200, body: { success: true } },
    });
    const [, restored] = (await mock.admin('GET', `/chungtair/bots/${token}/debug`)).body.entries;
    expect(restored).toMatchObject({ request: { url: '/chungtair/api/widget/ping', body: { token } } });
    expect(restored.response.body).toEqual({ success: true });
    mock.app.runtime.clock.advance(24 * 3600);
    expect((await mock.admin('GET', `/chungtair/bots/${token}/debug`)).body.entries).toEqual([]);
  });
});

describe('chungtair per-IP limits behind a proxy', () => {
  const pings = async (m: TestMock) => {
    const statuses = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (
          await m.chungtair.call('post', '/chungtair/api/widget/ping', {
            json: { token },
            headers: { 'x-forwarded-for': `198.51.100.${i}, 10.0.0.1` },
          })
        ).status,
      );
    return statuses.at(-1);
  };

  it('keys on X-Forwarded-For only with trustProxy', async () => {
    expect(await pings(await createTestMock({ trustProxy: true }))).toBe(200);
    expect(await pings(await createTestMock({ trustProxy: false }))).toBe(429);
  });
});
