import type { ValidateFunction } from 'ajv';
import { Hono } from 'hono';
import { readJsonObject } from '../../app/json-body.js';
import type { MockRuntime } from '../../app/runtime.js';
import { raiseEvent } from './events.js';
import { setMonthlyMessages } from './limits.js';
import { loadAjv } from '../../spec/load-ajv.js';
import { sessionKey, type AsyntaiState } from './state.js';
import { visitSchema, type VisitFixture } from './fixtures.js';
import { stamp } from './time.js';
import { recordVisit } from './visits.js';
import { phoneReaderFor } from '../../services/leads/extract-contacts.js';

// Compiled on the first visit: an Ajv instance at import cost the browser's start 30 ms.
let visitCheck: ValidateFunction<VisitFixture> | undefined;
const checkVisit = async () => (visitCheck ??= (await loadAjv()).createAjv().compile<VisitFixture>(visitSchema));

/**
 * /__admin/asyntai: what the vendor's dashboard does. Set an account's usage this month
 * (meet a 429 without 2,500 messages); take a session over as a human agent; and let a
 * visitor arrive from the widget or WhatsApp with a chat and a lead already behind them.
 */
export function asyntaiAdmin(runtime: MockRuntime, state: () => AsyntaiState): Hono {
  const admin = new Hono();
  admin.put('/accounts/:apiKey/usage', async (c) => {
    const account = state().accountByKey(c.req.param('apiKey'));
    if (!account) return c.json({ error: 'no account with that api key' }, 404);
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const used = body.messages_used as number;
    if (!Number.isInteger(used) || used < 0)
      return c.json({ error: 'messages_used: must be a non-negative integer' }, 400);
    setMonthlyMessages(runtime, account, used);
    return c.json({ api_key: account.apiKey, month: runtime.clock.iso().slice(0, 7), messages_used: used });
  });
  // For load and soak runs: N stored API sessions of M messages each, made in place
  // (through /chat/ this would take minutes). Counts against --max-sessions like any other.
  admin.post('/bulk-sessions', async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const account = typeof body.api_key === 'string' ? state().accountByKey(body.api_key) : undefined;
    if (!account) return c.json({ error: 'api_key: must name an account' }, 400);
    const count = Number(body.sessions);
    const perSession = Number(body.messages_per_session ?? 10);
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
      return c.json({ error: 'sessions: must be an integer from 1 to 1000000' }, 400);
    if (!Number.isInteger(perSession) || perSession < 1 || perSession > 1000)
      return c.json({ error: 'messages_per_session: must be an integer from 1 to 1000' }, 400);
    const website = state().primaryWebsite(account.id);
    const now = stamp(runtime.clock.nowMs());
    for (let i = 0; i < count; i++) {
      const sessionId = `bulk_${String(i).padStart(7, '0')}`;
      const messages = Array.from({ length: perSession }, (_, j) => ({
        role: j % 2 ? ('assistant' as const) : ('user' as const),
        content:
          j % 2
            ? `Answer ${j} for session ${i}: our team will follow up.`
            : `Question ${j} from session ${i} about my order`,
        timestamp: now,
      }));
      state().sessions.put({
        key: sessionKey(account.id, sessionId),
        accountId: account.id,
        websiteId: website.id,
        sessionId,
        source: 'api',
        messages,
        messageCount: perSession,
        firstMessage: messages[0].content,
        firstMessageAt: now,
        lastMessageAt: now,
        startedAt: now,
        pageUrl: null,
        takenOverBy: null,
      });
    }
    return c.json({ sessions: state().sessions.count('account', account.id), messages: count * perSession });
  });

  // The visit's sessions, messages and lead, as fixtures declare them (docs/fixtures.md).
  // Webhooks hear of it as they would of a real visitor: conversation.started.
  admin.post('/accounts/:apiKey/sessions', async (c) => {
    const account = state().accountByKey(c.req.param('apiKey'));
    if (!account) return c.json({ error: 'no account with that api key' }, 404);
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const validVisit = await checkVisit();
    if (!validVisit(body)) {
      const e = validVisit.errors![0];
      return c.json({ error: `${e.instancePath.slice(1).replaceAll('/', '.') || 'body'}: ${e.message}` }, 400);
    }
    await phoneReaderFor(body.messages.map((m) => m.content));
    const session = recordVisit(state(), account, body, {
      ms: runtime.clock.nowMs(),
      newId: () => `session_${runtime.random.hex(12)}`,
      maxMessages: runtime.config.maxMessagesPerSession,
    });
    if (typeof session === 'string') return c.json({ error: session }, session.startsWith('session_id') ? 409 : 400);
    raiseEvent(runtime, state(), session, 'conversation.started', {
      session_id: session.sessionId,
      source: session.source,
      first_message: session.firstMessage ?? session.messages[0].content,
      started_at: session.startedAt,
    });
    const lead = state().leads.get(session.key);
    return c.json(
      {
        session_id: session.sessionId,
        source: session.source,
        website_id: session.websiteId,
        message_count: session.messageCount,
        started_at: session.startedAt,
        last_message_at: session.lastMessageAt,
        page_url: session.pageUrl,
        lead: lead ? { email: lead.email, phone: lead.phone } : null,
      },
      201,
    );
  });

  // A session id is per account; `api_key` picks the account when two share the id.
  admin.post('/sessions/:sessionId/takeover', async (c) => {
    const body = await readJsonObject(c.req.raw, { optional: true });
    if (body instanceof Response) return body;
    if (body.api_key !== undefined && typeof body.api_key !== 'string')
      return c.json({ error: 'api_key: must be a string' }, 400);
    if (body.agent !== undefined && (typeof body.agent !== 'string' || body.agent === ''))
      return c.json({ error: 'agent: must be a non-empty string' }, 400);
    const account = body.api_key ? state().accountByKey(body.api_key) : undefined;
    if (body.api_key && !account) return c.json({ error: 'no account with that api key' }, 404);
    const matches = state()
      .sessions.all('sessionId', c.req.param('sessionId'))
      .filter((s) => !account || s.accountId === account.id);
    if (matches.length === 0) return c.json({ error: 'no such session' }, 404);
    if (matches.length > 1)
      return c.json({ error: 'several accounts have this session id: send {"api_key": ...}' }, 409);
    const session = matches[0];
    const agent = (body.agent as string | undefined) ?? 'Support agent';
    if (!session.takenOverBy) {
      session.takenOverBy = agent;
      raiseEvent(runtime, state(), session, 'takeover.started', {
        session_id: session.sessionId,
        agent,
        started_at: stamp(runtime.clock.nowMs()),
      });
    }
    return c.json({ session_id: session.sessionId, taken_over_by: session.takenOverBy });
  });

  return admin;
}
