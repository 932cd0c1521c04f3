import { expect } from '../support/expect.js';
import { afterAll, beforeAll, describe, it } from '../support/harness.js';
import { DEMO } from '../../src/vendors/index.js';
import { contractEnv, itMock, itWrites, target, type Target } from '../support/targets.js';
import { specLimit } from '../support/limits.js';

let t: Target;
beforeAll(async () => {
  t = await target('chungtair');
});
afterAll(() => t.close());
const writes = itWrites(() => t);
const mockOnly = itMock(() => t);
const token = () => contractEnv.CHUNGTAIR_TOKEN;
const unknown = 'f'.repeat(32);

describe('Chungtair contract', () => {
  it('GET /config: 200 with the config fields; 404 for an unknown or malformed token', async () => {
    const ok = await t.client.call('get', '/chungtair/api/widget/config', { query: { token: token() } });
    expect(Object.keys(ok.body.config).sort()).toEqual([
      'avatar_url',
      'bot_name',
      'enabled',
      'placeholder',
      'position',
      'primary_color',
      'welcome',
    ]);
    expect((await t.client.call('get', '/chungtair/api/widget/config', { query: { token: unknown } })).status).toBe(
      404,
    );
    expect((await t.client.call('get', '/chungtair/api/widget/config', { query: { token: 'NOT-HEX' } })).status).toBe(
      404,
    );
  });

  it('OPTIONS preflight on all three endpoints echoes the Origin', async () => {
    for (const path of [
      '/chungtair/api/widget/config',
      '/chungtair/api/widget/ping',
      '/chungtair/api/widget/message',
    ] as const) {
      const res = await t.client.call('options', path, {
        headers: { origin: 'https://contract.example', 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://contract.example');
      expect(res.headers.get('access-control-max-age')).toBe('600');
    }
  });

  writes('POST /ping: 200; 400 bad json; 404 unknown token', async () => {
    expect(
      (
        await t.client.call('post', '/chungtair/api/widget/ping', {
          json: { token: token() },
          headers: { origin: 'https://contract.example' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.client.call('post', '/chungtair/api/widget/ping', {
          raw: '{',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    expect((await t.client.call('post', '/chungtair/api/widget/ping', { json: { token: unknown } })).status).toBe(404);
  });

  writes('POST /message: 200 reply; 400 empty, non-string, over 300; 404 unknown token', async () => {
    const ok = await t.client.call('post', '/chungtair/api/widget/message', {
      json: { token: token(), message: '你好', history: [], chat_id: 'web_c0ffee00' },
    });
    expect(ok.status).toBe(200);
    for (const message of ['', 7, 'x'.repeat(301)]) {
      expect(
        (await t.client.call('post', '/chungtair/api/widget/message', { json: { token: token(), message } as never }))
          .status,
      ).toBe(400);
    }
    expect(
      (await t.client.call('post', '/chungtair/api/widget/message', { json: { token: unknown, message: 'hi' } }))
        .status,
    ).toBe(404);
  });

  mockOnly('POST /message to a paused bot: 200 success:false with its paused text', async () => {
    const res = await t.client.call('post', '/chungtair/api/widget/message', {
      json: { token: DEMO.chungtair.paused, message: 'hi' },
    });
    expect(res.body).toEqual({ success: false, reply: '客服暫停服務中' });
  });

  mockOnly('429 past the per-IP pings and messages a minute (x-limits)', async () => {
    await t.admin!('POST', '/reset');
    const [pings, messages] = [
      await specLimit('chungtair', 'pings-per-minute'),
      await specLimit('chungtair', 'messages-per-minute'),
    ];
    for (let i = 0; i < pings; i++)
      await t.client.call('post', '/chungtair/api/widget/ping', { json: { token: token() } });
    expect((await t.client.call('post', '/chungtair/api/widget/ping', { json: { token: token() } })).status).toBe(429);
    for (let i = 0; i < messages; i++)
      await t.client.call('post', '/chungtair/api/widget/message', { json: { token: token(), message: `m${i}` } });
    expect(
      (await t.client.call('post', '/chungtair/api/widget/message', { json: { token: token(), message: 'one more' } }))
        .status,
    ).toBe(429);
    await t.admin!('POST', '/reset');
  });

  mockOnly('500 when the AI layer fails', async () => {
    await t.admin!('POST', '/faults', { vendor: 'chungtair', type: 'ai_unavailable', times: 1 });
    expect(
      (await t.client.call('post', '/chungtair/api/widget/message', { json: { token: token(), message: 'hi' } }))
        .status,
    ).toBe(500);
  });

  mockOnly(
    'a disabled bot says enabled:false and answers as paused; a ping shows; the debug view keeps the last message',
    async () => {
      const token2 = 'c0ffee00c0ffee00c0ffee00c0ffee00';
      expect(
        (await t.admin!('PUT', `/chungtair/bots/${token2}`, { bot_name: 'Contract bot', enabled: false })).status,
      ).toBe(201);
      expect(
        (await t.client.call('get', '/chungtair/api/widget/config', { query: { token: token2 } })).body.config.enabled,
      ).toBe(false);
      await t.client.call('post', '/chungtair/api/widget/ping', {
        json: { token: token2 },
        headers: { origin: 'https://contract.example' },
      });
      expect((await t.admin!('GET', `/chungtair/bots/${token2}`)).body.widget_last_domain).toBe('contract.example');
      await t.admin!('POST', `/chungtair/bots/${token2}/knowledge`, {
        title: 'Contract',
        content: 'Contract knowledge about refunds.',
      });
      // Disabled, it answers as a paused bot does; enabled again, it answers from knowledge.
      const disabled = await t.client.call('post', '/chungtair/api/widget/message', {
        json: { token: token2, message: 'hi' },
      });
      expect(disabled.body).toEqual({ success: false, reply: '客服暫停服務中' });
      await t.admin!('PUT', `/chungtair/bots/${token2}`, { enabled: true });
      await t.client.call('post', '/chungtair/api/widget/message', {
        json: { token: token2, message: 'refunds?', chat_id: 'web_c0ffee01' },
      });
      const debug = (await t.admin!('GET', `/chungtair/bots/${token2}/debug`)).body.entries;
      expect(debug.find((e: any) => e.endpoint === 'message').request.body.message).toBe('refunds?');
      expect((await t.admin!('GET', `/chungtair/bots/${token2}/conversations`)).body.conversations[0].chat_id).toBe(
        'web_c0ffee01',
      );
      expect((await t.admin!('DELETE', `/chungtair/bots/${token2}`)).status).toBe(200);
      expect((await t.client.call('get', '/chungtair/api/widget/config', { query: { token: token2 } })).status).toBe(
        404,
      );
    },
  );
});
