import { Hono } from 'hono';
import { readJsonObject } from '../../app/json-body.js';
import type { MockRuntime } from '../../app/runtime.js';
import { setHourlyRequests } from './limits.js';
import type { CompaninState } from './state.js';
import { sessionView } from './views.js';

/** Records listed per kind unless `?limit=` asks for more (at most 1,000). */
const DEFAULT_LISTED = 100;

/**
 * /__admin/companin: set an organisation's requests this hour (meet the 429 without 1,000
 * calls), and read back what the widget left: tickets, ratings, votes, conversions,
 * telemetry, and a session whole.
 */
export function companinAdmin(runtime: MockRuntime, state: () => CompaninState): Hono {
  const admin = new Hono();
  admin.put('/organisations/:clientId/usage', async (c) => {
    const org = state().orgByClientId(c.req.param('clientId'));
    if (!org) return c.json({ error: 'no organisation with that client_id' }, 404);
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const used = body.requests_this_hour as number;
    if (!Number.isInteger(used) || used < 0)
      return c.json({ error: 'requests_this_hour: must be a non-negative integer' }, 400);
    setHourlyRequests(runtime, org, used);
    return c.json({ client_id: org.clientId, requests_this_hour: used });
  });

  admin.get('/organisations/:clientId/widget-activity', (c) => {
    const s = state();
    const org = s.orgByClientId(c.req.param('clientId'));
    if (!org) return c.json({ error: 'no organisation with that client_id' }, 404);
    const raw = c.req.query('limit') ?? String(DEFAULT_LISTED);
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return c.json({ error: 'limit: must be an integer from 1 to 1000' }, 400);
    const sessions = s.sessions.newest('org', org.id);
    const strip = <T extends { orgId: string }>({ orgId: _org, ...rest }: T) => rest;
    return c.json({
      client_id: org.clientId,
      support_tickets: s.tickets.newest('org', org.id, limit).map(strip),
      telemetry: s.telemetry.newest('org', org.id, limit).map(strip),
      session_feedback: sessions
        .filter((x) => x.feedback)
        .slice(0, limit)
        .map((x) => ({ session_id: x.id, ...x.feedback! })),
      message_feedback: s.messages
        .newest('rated', org.id, limit)
        .map((m) => ({ message_id: m.id, session_id: m.sessionId, ...m.feedback! })),
      conversions: sessions.flatMap((x) => x.conversions).slice(0, limit),
    });
  });

  admin.get('/sessions/:sessionId', (c) => {
    const session = state().sessions.get(c.req.param('sessionId'));
    if (!session) return c.json({ error: 'no session with that id' }, 404);
    return c.json({
      ...sessionView(session),
      last_seen_at: session.lastSeenAt,
      widget_config_id: session.widgetConfigId,
      external_user_id: session.externalUserId,
      feedback: session.feedback,
      conversions: session.conversions,
      messages: session.messages,
    });
  });
  return admin;
}
