import { DEMO } from '../../../src/vendors/index.js';
import type { Walk } from '../walker.js';

/** The Chungtair walk: config, ping and message, a paused bot, an AI error and the rate limit. */
export const walk: Walk = async ({ c, checked, app }) => {
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
};
