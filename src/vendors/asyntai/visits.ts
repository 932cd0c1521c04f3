import { appendBounded } from '../../core/bounded.js';
import { extractContacts } from '../../services/leads/extract-contacts.js';
import type { MockRuntime } from '../../app/runtime.js';
import type { AsyntaiFixtures, VisitFixture } from './fixtures.js';
import { sessionKey, type Account, type AsyntaiState, type ChatSession } from './state.js';
import { REPLY_DELAY_MS, stamp } from './time.js';

/**
 * Emails and phone numbers in a visitor's message become the session's lead. A lead keeps
 * the first email and the first phone it was given; a later message fills what is missing.
 */
export function recordLead(
  state: AsyntaiState,
  session: ChatSession,
  found: { emails: string[]; phones: string[] },
): void {
  const { emails, phones } = found;
  if (emails.length === 0 && phones.length === 0) return;
  const lead = state.leads.get(session.key);
  if (lead) {
    // Updated in place, not re-put: the list is ordered by when a lead first appeared.
    lead.email ??= emails[0] ?? null;
    lead.phone ??= phones[0] ?? null;
    return;
  }
  state.leads.put({
    key: session.key,
    accountId: session.accountId,
    websiteId: session.websiteId,
    sessionId: session.sessionId,
    email: emails[0] ?? null,
    phone: phones[0] ?? null,
    pageUrl: session.pageUrl,
    startedAt: session.startedAt,
  });
}

/**
 * Stores a visit as the session a real chat would have left, with its lead. A problem a
 * caller can fix (an unknown website, a session id in use, time running backwards) is
 * returned as text and nothing is stored.
 */
export function recordVisit(
  state: AsyntaiState,
  account: Account,
  visit: VisitFixture,
  now: { ms: number; newId: () => string; maxMessages: number },
): ChatSession | string {
  const website =
    visit.website_id === undefined ? state.primaryWebsite(account.id) : state.website(account.id, visit.website_id);
  if (!website) return `website_id: ${visit.website_id} is not a website of ${account.apiKey}`;
  const sessionId = visit.session_id ?? now.newId();
  const key = sessionKey(account.id, sessionId);
  if (state.sessions.get(key)) return `session_id: ${sessionId} is already a session of ${account.apiKey}`;
  const started = visit.started_at === undefined ? now.ms : Date.parse(visit.started_at);
  let at = started;
  const messages: ChatSession['messages'] = [];
  for (const [i, m] of visit.messages.entries()) {
    const given = m.timestamp === undefined ? undefined : Date.parse(m.timestamp);
    if (given !== undefined && given < at)
      return `messages[${i}].timestamp: ${m.timestamp} is earlier than the message before it or started_at`;
    at = given ?? (i === 0 ? at : at + REPLY_DELAY_MS);
    messages.push({ role: m.role, content: m.content, timestamp: stamp(at) });
  }
  const firstUser = messages.find((m) => m.role === 'user');
  const session: ChatSession = {
    key,
    accountId: account.id,
    websiteId: website.id,
    sessionId,
    source: visit.source ?? 'widget',
    messages: [],
    messageCount: messages.length,
    firstMessage: firstUser?.content ?? null,
    firstMessageAt: firstUser?.timestamp ?? null,
    lastMessageAt: messages.at(-1)!.timestamp,
    startedAt: stamp(started),
    pageUrl: visit.page_url ?? null,
    takenOverBy: null,
  };
  appendBounded(session, now.maxMessages, ...messages);
  state.sessions.put(session);
  const { lead } = visit;
  if (lead)
    recordLead(state, session, { emails: lead.email ? [lead.email] : [], phones: lead.phone ? [lead.phone] : [] });
  else for (const m of messages) if (m.role === 'user') recordLead(state, session, extractContacts(m.content));
  return session;
}

/** The fixtures' chats that already happened, stored once the accounts and websites are. */
export function seedVisits(state: AsyntaiState, fixtures: AsyntaiFixtures | undefined, runtime: MockRuntime): void {
  for (const a of fixtures?.accounts ?? []) {
    const account = state.accountByKey(a.api_key)!;
    for (const [j, visit] of (a.sessions ?? []).entries()) {
      const stored = recordVisit(state, account, visit, {
        ms: runtime.clock.nowMs(),
        newId: () => `session_${runtime.random.hex(12)}`,
        maxMessages: runtime.config.maxMessagesPerSession,
      });
      if (typeof stored === 'string') throw new Error(`fixtures: asyntai ${a.api_key} sessions[${j}].${stored}`);
    }
  }
}
