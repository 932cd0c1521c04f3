import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO, createTestMock, type TestMock } from '../support/mock.js';

const token = DEMO.chungtair.enabled;
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

describe('chungtair config', () => {
  it('returns the bot fields exactly as the reference shapes them', async () => {
    const res = await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: { token } });
    expect(res.body).toEqual({
      success: true,
      config: {
        primary_color: '#00d4ff',
        position: 'br',
        bot_name: 'AI 智能客服',
        avatar_url: '',
        welcome: '你好,有什麼可以幫你的嗎?',
        placeholder: '請輸入訊息...',
        enabled: true,
      },
    });
  });

  it('404s an unknown token, a malformed one and a missing one', async () => {
    for (const query of [
      { token: 'ffffffffffffffffffffffffffffffff' },
      { token: '0123456789ABCDEF0123456789ABCDEF' },
      { token: 'short' },
      {},
    ]) {
      const res = await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: query as never });
      expect(res.status).toBe(404);
      expect(res.body.success).toBe(false);
    }
  });
});

describe('chungtair ping', () => {
  it('records widget_last_seen_at and the domain from Origin', async () => {
    const res = await mock.chungtair.call('post', '/chungtair/api/widget/ping', {
      json: { token },
      headers: { origin: 'https://shop.example.tw' },
    });
    expect(res.body).toEqual({ success: true });
    const bot = (await mock.admin('GET', `/chungtair/bots/${token}`)).body;
    expect(bot.widget_last_domain).toBe('shop.example.tw');
    expect(bot.widget_last_seen_at).toBe((await mock.admin('GET', '/clock')).body.now);
  });

  it('answers 400 bad json to a body that is not JSON', async () => {
    const res = await mock.chungtair.call('post', '/chungtair/api/widget/ping', {
      raw: '{token:',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.body).toEqual({ success: false, error: 'bad json' });
  });

  it('allows 30 pings a minute per IP, then 429 until the window slides', async () => {
    for (let i = 0; i < 30; i++)
      expect((await mock.chungtair.call('post', '/chungtair/api/widget/ping', { json: { token } })).status).toBe(200);
    const refused = await mock.chungtair.call('post', '/chungtair/api/widget/ping', { json: { token } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    mock.app.runtime.clock.advance(60);
    expect((await mock.chungtair.call('post', '/chungtair/api/widget/ping', { json: { token } })).status).toBe(200);
  });
});

describe('chungtair message', () => {
  it('replies, and keeps the conversation by chat_id', async () => {
    const res = await mock.chungtair.call('post', '/chungtair/api/widget/message', {
      json: { token, message: 'How long does shipping take?', history: [], chat_id: 'web_abcd1234' },
    });
    expect(res.body).toMatchObject({ success: true, extra_replies: [] });
    expect(res.body.reply).toMatch(/ship within 2 business days/);
    const { conversations } = (await mock.admin('GET', `/chungtair/bots/${token}/conversations`)).body;
    expect(conversations.map((c: any) => [c.chat_id, c.messages.map((m: any) => m.role)])).toEqual([
      ['web_abcd1234', ['user', 'assistant']],
    ]);
  });

  it('validates as the reference says: 1-300 characters, a string, chat_id web_ + 8-32 hex', async () => {
    const cases: [unknown, number][] = [
      [{ token, message: '' }, 400],
      [{ token, message: '   ' }, 400],
      [{ token, message: 42 }, 400],
      [{ token, message: '字'.repeat(301) }, 400],
      [{ token, message: '字'.repeat(300) }, 200],
      [{ token, message: 'hi', chat_id: 'web_123' }, 400],
      [{ token, message: 'hi', chat_id: 'web_ABCDEF12' }, 400],
      [{ token: 'nope', message: 'hi' }, 404],
      [{ message: 'hi' }, 404],
    ];
    for (const [body, status] of cases) {
      const res = await mock.chungtair.call('post', '/chungtair/api/widget/message', {
        raw: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
      expect([JSON.stringify(body).slice(0, 60), res.status]).toEqual([JSON.stringify(body).slice(0, 60), status]);
    }
  });

  it('answers a paused bot with 200 success:false and its paused text', async () => {
    const res = await mock.chungtair.call('post', '/chungtair/api/widget/message', {
      json: { token: DEMO.chungtair.paused, message: 'hello' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: false, reply: '客服暫停服務中' });
  });

  it('answers 500 when the AI layer is faulted', async () => {
    await mock.admin('POST', '/faults', { vendor: 'chungtair', type: 'ai_unavailable' });
    expect(
      (await mock.chungtair.call('post', '/chungtair/api/widget/message', { json: { token, message: 'hello' } }))
        .status,
    ).toBe(500);
  });

  it('allows 20 messages a minute per IP', async () => {
    for (let i = 0; i < 20; i++)
      expect(
        (await mock.chungtair.call('post', '/chungtair/api/widget/message', { json: { token, message: `m${i}` } }))
          .status,
      ).toBe(200);
    expect(
      (await mock.chungtair.call('post', '/chungtair/api/widget/message', { json: { token, message: 'one too many' } }))
        .status,
    ).toBe(429);
  });
});

describe('chungtair CORS', () => {
  it('answers preflight with the echoed origin and the documented headers', async () => {
    const res = await mock.chungtair.call('options', '/chungtair/api/widget/message', {
      headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(
      Object.fromEntries([...res.headers].filter(([k]) => k.startsWith('access-control') || k === 'vary')),
    ).toEqual({
      'access-control-allow-origin': 'https://a.example',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  });

  it('echoes the origin on actual answers, errors included', async () => {
    const ok = await mock.chungtair.call('get', '/chungtair/api/widget/config', {
      query: { token },
      headers: { origin: 'https://b.example' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://b.example');
    expect(ok.headers.get('vary')).toBe('Origin');
    const notFound = await mock.chungtair.call('get', '/chungtair/api/widget/config', {
      query: { token: 'x' },
      headers: { origin: 'https://b.example' },
    });
    expect(notFound.headers.get('access-control-allow-origin')).toBe('https://b.example');
  });
});
