import type { Answer } from '../../app/answer.js';
import type { HandlerMap } from '../../app/handler-types.js';
import { fetchPage } from '../../services/knowledge/fetch-page.js';
import { ingest } from '../../services/knowledge/ingest.js';
import { readSpreadsheet, rowToChunk } from '../../services/knowledge/read-spreadsheet.js';
import { appendBounded } from '../../core/bounded.js';
import { isLoopbackHost } from '../../core/loopback.js';
import { extractContacts, phoneReaderFor } from '../../services/leads/extract-contacts.js';
import { askAi } from '../../services/replies/ask-ai.js';
import type { Reply } from '../../services/replies/reply-service.js';
import { asyntaiErrorBody as err } from './errors.js';
import { hasWebhooks, raiseEvent } from './events.js';
import { monthlyMessages } from './limits.js';
import {
  describeTextSliced,
  sessionKey,
  websiteScope,
  type Account,
  type AsyntaiState,
  type ChatSession,
  type KnowledgeEntry,
  type Website,
} from './state.js';
import { REPLY_DELAY_MS, stamp, stampMs } from './time.js';
import { recordLead } from './visits.js';

const AI_DISCLOSURE = 'You are chatting with an AI assistant. Answers may be imperfect; ask for a human at any time.';
/** What /chat/ answers once a human agent has taken the session over (docs/fidelity.md). */
export const HUMAN_ACTIVE = 'A member of our team has taken over this conversation and will reply here shortly.';

type Ctx = Parameters<HandlerMap<'asyntai', Account, AsyntaiState>['asyntaiChat']>[0];
type ChatReply = Awaited<ReturnType<HandlerMap<'asyntai', Account, AsyntaiState>['asyntaiChat']>>;

/** The website a knowledge or chat call targets: the one named, else the primary. */
function targetWebsite(
  ctx: Pick<Ctx, 'state' | 'principal'>,
  websiteId: number | string | undefined,
): Website | undefined {
  const state = ctx.state;
  // `""` is how the n8n node sends an unset website (docs/fidelity.md).
  return websiteId === undefined || websiteId === ''
    ? state.primaryWebsite(ctx.principal.id)
    : state.website(ctx.principal.id, websiteId);
}

const websiteNotFound = (id: unknown) => ({
  status: 404 as const,
  body: err(`Website ${id} not found in this account`),
});

/**
 * Stores one knowledge entry: refused whole (the vendor's 429) if it would pass today's
 * upload cap, before any work on the text; otherwise chunked into the website's knowledge
 * (in time slices: a 2,000,000-character upload does not hold up other requests) and listed.
 */
async function storeEntry(
  ctx: Pick<Ctx, 'runtime' | 'state' | 'principal' | 'meter'>,
  website: Website,
  entry: {
    type: KnowledgeEntry['type'];
    title: string;
    description: string | (() => Promise<string>);
    text?: string;
    chunks?: string[];
  },
): Promise<{ refused: Answer } | { id: string; chunksCreated: number }> {
  const chars = entry.chunks ? entry.chunks.reduce((n, c) => n + c.length, 0) : entry.text!.length;
  const refused = ctx.meter.take('daily-upload-characters', chars);
  if (refused) return { refused };
  const { runtime, principal } = ctx;
  const id = runtime.random.uuid();
  const description = typeof entry.description === 'string' ? entry.description : await entry.description();
  const stored = await runtime.knowledge.addSliced({
    id,
    scope: websiteScope(website.id),
    title: entry.title,
    text: entry.text,
    chunks: entry.chunks,
  });
  ctx.state.knowledge.put({
    id,
    accountId: principal.id,
    websiteId: website.id,
    type: entry.type,
    title: entry.title,
    description,
    createdAt: stamp(runtime.clock.nowMs()),
  });
  return { id, chunksCreated: stored.length };
}

/** One chat turn: the visitor's message, the AI's reply (unless a human took over), the session. */
function chatTurn(ctx: Ctx): ChatReply {
  const { runtime, principal, input, state } = ctx;
  const { message, session_id, website_id } = input.body;
  // `""` is how the n8n node sends an unset session: a new one is started.
  const sid = session_id || `session_${runtime.random.hex(12)}`;
  const key = sessionKey(principal.id, sid);
  const existing = state.sessions.get(key);
  const website = existing ? state.website(principal.id, existing.websiteId) : targetWebsite(ctx, website_id);
  if (!website) return websiteNotFound(website_id);

  // After a takeover the AI stays silent: the message is kept for the human agent.
  let reply: Reply | undefined;
  if (!existing?.takenOverBy) {
    const said = askAi(runtime, 'asyntai', {
      message,
      previous: () => existing?.messages.findLast((m) => m.role === 'user')?.content,
      knowledge: runtime.knowledge.scope(websiteScope(website.id)),
    });
    if (!said.ok) return { status: 503, body: err(said.message) };
    reply = said.reply;
  } else {
    ctx.meter.waive('monthly-messages'); // a human answers: no AI reply is used
  }

  // A message comes no earlier than the reply before it, and its reply a second later,
  // as in the reference's examples (10:30:00, then 10:30:01).
  const saidMs = Math.max(runtime.clock.nowMs(), existing?.lastMessageAt ? stampMs(existing.lastMessageAt) : 0);
  const now = stamp(saidMs);
  const repliedAt = stamp(saidMs + REPLY_DELAY_MS);
  const session: ChatSession = existing ?? {
    key,
    accountId: principal.id,
    websiteId: website.id,
    sessionId: sid,
    source: 'api',
    messages: [],
    messageCount: 0,
    firstMessage: message,
    firstMessageAt: now,
    lastMessageAt: now,
    startedAt: now,
    pageUrl: null,
    takenOverBy: null,
  };
  const first = session.messageCount === 0;
  const asked = { role: 'user' as const, content: message, timestamp: now };
  const turn: ChatSession['messages'] = reply
    ? [asked, { role: 'assistant', content: reply.text, timestamp: repliedAt }]
    : [asked];
  appendBounded(session, runtime.config.maxMessagesPerSession, ...turn);
  session.messageCount += turn.length;
  session.lastMessageAt = turn.at(-1)!.timestamp;
  state.sessions.put(session);
  recordLead(state, session, extractContacts(message));

  const response = reply?.text ?? HUMAN_ACTIVE;
  // The events' payloads are made only for an account with a webhook: most have none.
  if (hasWebhooks(state, principal.id)) {
    const to = { accountId: principal.id, websiteId: website.id };
    if (first)
      raiseEvent(runtime, state, to, 'conversation.started', {
        session_id: sid,
        source: session.source,
        first_message: message,
        started_at: session.startedAt,
      });
    if (reply?.intent === 'escalation')
      raiseEvent(runtime, state, to, 'escalation.requested', {
        session_id: sid,
        message,
        reason: 'visitor_requested_human',
      });
    raiseEvent(runtime, state, to, 'message.received', {
      session_id: sid,
      message,
      response,
      handled_by: reply ? 'ai' : 'human',
      timestamp: now,
    });
  }
  return {
    status: 200,
    body: first
      ? { success: true, response, session_id: sid, ai_disclosure: AI_DISCLOSURE }
      : { success: true, response, session_id: sid },
  };
}

export const asyntaiHandlers: HandlerMap<'asyntai', Account, AsyntaiState> = {
  asyntaiChat(ctx) {
    // The phone reader loads on first use, before anything is read or written, so the turn
    // runs in one go; only then does the chat wait (an async handler cost every chat a promise).
    const loading = phoneReaderFor([ctx.input.body.message]);
    return loading ? loading.then(() => chatTurn(ctx)) : chatTurn(ctx);
  },

  asyntaiListWebsites({ state, principal }) {
    const websites = state
      .websitesOf(principal.id)
      .map((w) => ({ id: w.id, name: w.name, domain: w.domain, is_primary: w.isPrimary }));
    return { status: 200, body: { success: true, websites } };
  },

  asyntaiGetConversation({ state, principal, input }) {
    const session = state.sessions.get(sessionKey(principal.id, input.query.session_id));
    if (!session) return { status: 404, body: err(`Session ${input.query.session_id} not found`) };
    // The limit keeps the most recent messages, returned oldest first (docs/fidelity.md).
    const limit = input.query.limit ?? 50;
    return {
      status: 200,
      body: { success: true, session_id: session.sessionId, messages: session.messages.slice(-limit) },
    };
  },

  asyntaiListSessions(ctx) {
    const { state, principal, input } = ctx;
    const { limit = 20, source } = input.query;
    const website_id = input.query.website_id || undefined; // "" filters nothing
    if (website_id !== undefined && !state.website(principal.id, website_id)) return websiteNotFound(website_id);
    const sessions = state.sessions
      .newest(
        'account',
        principal.id,
        limit,
        (s) =>
          (website_id === undefined || s.websiteId === Number(website_id)) &&
          (source === undefined || s.source === source),
      )
      .map((s) => ({
        session_id: s.sessionId,
        source: s.source,
        message_count: s.messageCount,
        first_message: s.firstMessage,
        first_message_at: s.firstMessageAt,
        last_message_at: s.lastMessageAt,
        website_domain: state.websites.get(String(s.websiteId))!.domain,
      }));
    return { status: 200, body: { success: true, sessions } };
  },

  asyntaiListLeads({ state, principal, input }) {
    const { limit = 50, email, since } = input.query;
    const website_id = input.query.website_id || undefined; // "" filters nothing
    if (website_id !== undefined && !state.website(principal.id, website_id)) return websiteNotFound(website_id);
    const sinceMs = since ? Date.parse(since) : undefined;
    // Newest by when the visit started, as the reference says (the table keeps that order).
    const leads = state.leads
      .newest(
        'account',
        principal.id,
        limit,
        (l) =>
          (website_id === undefined || l.websiteId === Number(website_id)) &&
          (email === undefined || l.email?.toLowerCase() === email.toLowerCase()) &&
          (sinceMs === undefined || Date.parse(l.startedAt) >= sinceMs),
      )
      .map((l) => ({
        session_id: l.sessionId,
        email: l.email,
        phone: l.phone,
        page_url: l.pageUrl,
        started_at: l.startedAt,
      }));
    return { status: 200, body: { success: true, leads } };
  },

  asyntaiGetAccount({ runtime, principal }) {
    const { used, limit } = monthlyMessages(runtime, principal);
    return {
      status: 200,
      body: {
        success: true,
        account: { email: principal.email, plan: principal.plan, messages_used: used, messages_limit: limit },
      },
    };
  },

  asyntaiListKnowledge(ctx) {
    const { state, principal, input } = ctx;
    const { limit = 50, website_id } = input.query;
    const website = targetWebsite(ctx, website_id);
    if (!website) return websiteNotFound(website_id);
    const entries = state.knowledge
      .newest('account', principal.id, limit, (k) => k.websiteId === website.id)
      .map((k) => ({ id: k.id, type: k.type, title: k.title, description: k.description, created_at: k.createdAt }));
    return { status: 200, body: { success: true, entries } };
  },

  async asyntaiAddKnowledgeText(ctx) {
    const { title, content, website_id } = ctx.input.body;
    const website = targetWebsite(ctx, website_id);
    if (!website) return websiteNotFound(website_id);
    const description = () => describeTextSliced(content);
    const stored = await storeEntry(ctx, website, { type: 'text', title, description, text: content });
    if ('refused' in stored) return stored.refused;
    return { status: 200, body: { success: true, id: stored.id, title, chunks_created: stored.chunksCreated } };
  },

  async asyntaiAddKnowledgeUrl(ctx) {
    const { url, website_id } = ctx.input.body;
    const website = targetWebsite(ctx, website_id);
    if (!website) return websiteNotFound(website_id);
    const fetched = await ingest(() => fetchPage(url, ctx.runtime.pages));
    if ('refusal' in fetched) return { status: 400, body: err(fetched.refusal) };
    const page = fetched.value;
    const title = page.title || url;
    const stored = await storeEntry(ctx, website, {
      type: 'url',
      title,
      description: `Content from ${url}`,
      text: page.text,
    });
    if ('refused' in stored) return stored.refused;
    return { status: 200, body: { success: true, id: stored.id, title, url, chunks_created: stored.chunksCreated } };
  },

  async asyntaiAddKnowledgeSpreadsheet(ctx) {
    const { input, meter } = ctx;
    const { file, website_id } = input.body as unknown as { file: File; website_id?: string };
    const website = targetWebsite(ctx, website_id);
    if (!website) return websiteNotFound(website_id);
    const maxRows = meter.cap('spreadsheet-rows');
    const read = await ingest(() => readSpreadsheet(file, maxRows));
    if ('refusal' in read) return { status: 400, body: err(read.refusal) };
    const sheet = read.value;
    const kept = sheet.rows;
    const chunks = kept.map((row) => rowToChunk(sheet.headers, row)).filter(Boolean);
    const stored = await storeEntry(ctx, website, {
      type: 'spreadsheet',
      title: file.name,
      description: `Spreadsheet with ${kept.length} rows`,
      chunks,
    });
    if ('refused' in stored) return stored.refused;
    return {
      status: 200,
      body: {
        success: true,
        id: stored.id,
        title: file.name,
        rows_processed: kept.length,
        chunks_created: stored.chunksCreated,
      },
      // The vendor's answer has no word for it: the journal, the log and a header of the mock's do.
      ...(sheet.truncated && {
        notes: [`rows past the plan's ${maxRows} were left out (rows_processed counts those kept)`],
      }),
    };
  },

  asyntaiDeleteKnowledge({ runtime, state, principal, input }) {
    const entry = state.knowledge.get(input.path.id);
    if (!entry || entry.accountId !== principal.id) return { status: 404, body: err('Knowledge base entry not found') };
    state.knowledge.delete(entry.id);
    runtime.knowledge.remove(entry.id);
    return { status: 200, body: { success: true, message: 'Knowledge base entry deleted' } };
  },

  asyntaiListWebhooks({ state, principal }) {
    const webhooks = state.webhooks.all('account', principal.id).map((w) => ({
      id: w.id,
      url: w.url,
      events: w.events as never,
      is_active: w.isActive,
      created_at: w.createdAt,
    }));
    return { status: 200, body: { success: true, webhooks } };
  },

  asyntaiCreateWebhook(ctx) {
    const { runtime, state, principal, input } = ctx;
    const { url, events, website_id } = input.body;
    // The schema's uri format passes what WHATWG URL refuses (a port over 65535, say).
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (!parsed) return { status: 400, body: err('url: must be a valid URL') };
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)))
      return { status: 400, body: err('url: must be an HTTPS URL (http:// is allowed only to loopback)') };
    const website = targetWebsite(ctx, website_id);
    if (!website) return websiteNotFound(website_id);
    const webhook = {
      id: runtime.random.uuid(),
      accountId: principal.id,
      websiteId: website.id,
      url,
      events: [...events],
      secret: `whsec_${runtime.random.hex(32)}`,
      isActive: true,
      createdAt: stamp(runtime.clock.nowMs()),
    };
    state.webhooks.put(webhook);
    return {
      status: 200,
      body: {
        success: true,
        webhook: { id: webhook.id, url, events, secret: webhook.secret, created_at: webhook.createdAt },
      },
    };
  },

  asyntaiDeleteWebhook({ runtime, state, principal, input }) {
    const hook = state.webhooks.get(input.path.id);
    if (!hook || hook.accountId !== principal.id) return { status: 404, body: err('Webhook not found') };
    state.webhooks.delete(hook.id);
    runtime.webhooks.cancelFor(hook.id);
    return { status: 200, body: { success: true, message: 'Webhook deleted' } };
  },
};
