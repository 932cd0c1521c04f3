import { Hono } from 'hono';
import type { MockServices } from '../../app/services.js';
import { usageKey } from './limits.js';

/** /__admin/asyntai: set an account's usage this month, so a client can meet a 429 without 2,500 messages. */
export function asyntaiAdmin(services: MockServices): Hono {
  const admin = new Hono();
  admin.put('/accounts/:apiKey/usage', async (c) => {
    const account = services.asyntai.accountByKey(c.req.param('apiKey'));
    if (!account) return c.json({ error: 'no account with that api key' }, 404);
    const body = await c.req.json().catch(() => undefined);
    const used = body?.messages_used;
    if (!Number.isInteger(used) || used < 0) return c.json({ error: 'messages_used: must be a non-negative integer' }, 400);
    services.asyntai.messagesUsed.set(usageKey(account.id, services.clock.nowMs()), used);
    return c.json({ api_key: account.apiKey, month: services.clock.iso().slice(0, 7), messages_used: used });
  });
  return admin;
}
