import { Hono } from 'hono';
import type { MockServices } from '../../app/services.js';
import { raiseEvent } from './events.js';
import { usageKey } from './limits.js';

/**
 * /__admin/asyntai: what the vendor's dashboard does. Set an account's usage this month
 * (meet a 429 without 2,500 messages); take a session over as a human agent.
 */
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
  // A session id is per account; `api_key` picks the account when two share the id.
  admin.post('/sessions/:sessionId/takeover', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { api_key?: unknown; agent?: unknown };
    if (body.api_key !== undefined && typeof body.api_key !== 'string') return c.json({ error: 'api_key: must be a string' }, 400);
    if (body.agent !== undefined && (typeof body.agent !== 'string' || body.agent === '')) return c.json({ error: 'agent: must be a non-empty string' }, 400);
    const account = body.api_key ? services.asyntai.accountByKey(body.api_key) : undefined;
    if (body.api_key && !account) return c.json({ error: 'no account with that api key' }, 404);
    const matches = services.asyntai.sessions.all('sessionId', c.req.param('sessionId')).filter((s) => !account || s.accountId === account.id);
    if (matches.length === 0) return c.json({ error: 'no such session' }, 404);
    if (matches.length > 1) return c.json({ error: 'several accounts have this session id: send {"api_key": ...}' }, 409);
    const session = matches[0];
    const agent = (body.agent as string | undefined) ?? 'Support agent';
    if (!session.takenOverBy) {
      session.takenOverBy = agent;
      raiseEvent(services, session.accountId, session.websiteId, 'takeover.started', { session_id: session.sessionId, agent, started_at: services.clock.iso() });
    }
    return c.json({ session_id: session.sessionId, taken_over_by: session.takenOverBy });
  });

  return admin;
}
