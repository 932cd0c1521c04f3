import type { HandlerMap } from '../../app/handler-types.js';
import { appendBounded } from '../../core/bounded.js';
import { fetchPage } from '../../services/knowledge/fetch-page.js';
import { ingest } from '../../services/knowledge/ingest.js';
import { isDocumentType, readDocument } from '../../services/knowledge/read-document.js';
import type { MockRuntime } from '../../app/runtime.js';
import type { CompaninPrincipal } from './auth.js';
import { embedOrigin } from './embed-origin.js';
import { companinErrorBody as err } from './errors.js';
import { exchange } from './exchange.js';
import { fingerprint, remember } from './idempotency.js';
import { sseError, sseReply, wantsEventStream } from './sse.js';
import {
  contextKey,
  orgScope,
  type Assistant,
  type Exchange,
  type Organisation,
  type VisitorSession,
} from './model.js';
import { SESSION_TTL_MS, TOKEN_TTL_SECONDS, newAssistant, type CompaninState } from './state.js';
import { mintWidgetToken, originAllowed } from './widget-token.js';

const ok = <T>(data: T) => ({ status: 'success' as const, data });

const assistantView = (a: Assistant) => ({
  id: a.id,
  name: a.name,
  description: a.description,
  tone: a.tone,
  language: a.language,
  default_tasks: a.defaultTasks,
  is_active: a.isActive,
  created_at: a.createdAt,
});

const sessionView = (s: VisitorSession) => ({
  id: s.id,
  session_id: s.id,
  assistant_id: s.assistantId,
  visitor_id: s.visitorId,
  locale: s.locale,
  metadata: s.metadata,
  created_at: s.createdAt,
  expires_at: s.expiresAt,
});

/** Knowledge entries an organisation keeps; past it the oldest go (docs/fidelity.md). */
const KNOWLEDGE_ENTRIES_PER_ORG = 10_000;

/** Adds one entry to the organisation's knowledge, in time slices, keeping its latest entries. */
async function storeKnowledge(
  services: MockRuntime,
  org: Organisation,
  entry: { title: string; text?: string; chunks?: string[]; answer?: string },
): Promise<{ id: string; chunks_created: number; created_at: string }> {
  const id = services.random.uuid();
  const chunks = await services.knowledge.addSliced({ id, scope: orgScope(org.id), ...entry });
  services.knowledge.keepLatest(orgScope(org.id), KNOWLEDGE_ENTRIES_PER_ORG);
  return { id, chunks_created: chunks.length, created_at: services.clock.iso() };
}

const notFound = (what: string) => ({ status: 404 as const, body: err(404, `${what} not found`) });
const unavailable = () => ({ status: 503 as const, body: err(503, 'AI service temporarily unavailable') });

/** The organisation's session, or the answer for one that is missing (404) or past its expiry (410). */
function liveSession(
  state: CompaninState,
  services: MockRuntime,
  org: Organisation,
  id: string,
):
  | { session: VisitorSession }
  | { refused: ReturnType<typeof notFound> | { status: 410; body: ReturnType<typeof err> } } {
  const session = state.sessions.get(id);
  if (!session || session.orgId !== org.id) return { refused: notFound('Session') };
  if (Date.parse(session.expiresAt) <= services.clock.nowMs())
    return { refused: { status: 410, body: err(410, 'Session expired') } };
  return { session };
}

export const companinHandlers: HandlerMap<'companin', CompaninPrincipal, CompaninState> = {
  async companinWidgetToken({ principal: { org }, request, input, services }) {
    const origin = embedOrigin(request);
    if (!origin)
      return {
        status: 400,
        body: { ...err(400, 'Origin header is required'), code: 'missing_origin_header' as const },
      };
    if (!originAllowed(origin, org.allowedOrigins))
      return {
        status: 400,
        body: { ...err(400, `Origin ${origin} is not allowed for this client`), code: 'origin_not_allowed' as const },
      };
    const token = await mintWidgetToken(org, origin, services.clock, input.body.user_token);
    return { status: 200, body: { token, expires_in: TOKEN_TTL_SECONDS, token_type: 'Bearer' } };
  },

  companinListAssistants({ principal: { org }, state }) {
    return { status: 200, body: ok({ assistants: state.assistants.all('org', org.id).map(assistantView) }) };
  },

  companinCreateAssistant({ principal: { org }, input, services, state }) {
    const assistant = newAssistant(services.random.uuid(), org.id, input.body, services.clock.iso());
    state.assistants.put(assistant);
    return { status: 201, body: ok(assistantView(assistant)) };
  },

  companinCreateSession({ principal: { org }, input, services, state }) {
    const b = input.body as {
      assistant_id?: string;
      agent_id?: string;
      visitor_id?: string;
      locale?: string;
      metadata?: Record<string, unknown>;
    };
    const assistantId = (b.assistant_id ?? b.agent_id)!;
    const assistant = state.assistant(org.id, assistantId);
    if (!assistant) return notFound(`Assistant ${assistantId}`);
    const now = services.clock.nowMs();
    const session: VisitorSession = {
      id: services.random.uuid(),
      orgId: org.id,
      assistantId: assistant.id,
      visitorId: b.visitor_id ?? null,
      locale: b.locale ?? null,
      metadata: b.metadata ?? {},
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
      messages: [],
      idempotency: new Map(),
    };
    state.sessions.put(session);
    return { status: 201, body: ok(sessionView(session)) };
  },

  companinListSessionMessages({ principal: { org }, input, services, state }) {
    const live = liveSession(state, services, org, input.path.session_id);
    if ('refused' in live) return live.refused;
    return { status: 200, body: ok({ messages: live.session.messages }) };
  },

  companinSendSessionMessage({ principal: { org }, input, request, services, state }) {
    const live = liveSession(state, services, org, input.path.session_id);
    if ('refused' in live) return live.refused;
    const { session } = live;
    // The widget stores session_id and expires_at as its session again (client-facts A.3.12).
    const answer = (turn: Exchange) => {
      const data = { ...turn, session_id: session.id, conversation_id: session.id, expires_at: session.expiresAt };
      return wantsEventStream(request)
        ? sseReply(turn.assistant_message.content, data)
        : { status: 200 as const, body: ok(data) };
    };

    // The same key and body replay the first answer and store nothing; another body is refused.
    const key = input.headers['idempotency-key'] as string | undefined;
    const print = fingerprint(input.body);
    const seen = key === undefined ? undefined : session.idempotency.get(key);
    if (seen)
      return seen.fingerprint === print
        ? answer(seen.result)
        : { status: 409, body: err(409, 'Idempotency-Key reused with a different request body') };

    const assistant = state.assistants.get(session.assistantId)!;
    const turn = exchange(services, assistant, session.messages, input.body.content, input.body.metadata ?? {});
    if (!turn) return wantsEventStream(request) ? sseError('AI service temporarily unavailable') : unavailable();
    appendBounded(session.messages, services.config.maxMessagesPerSession, turn.user_message, turn.assistant_message);
    if (key !== undefined) remember(session.idempotency, key, { fingerprint: print, result: turn });
    // Activity extends a session: each message moves its expiry a full lifetime forward.
    session.expiresAt = new Date(services.clock.nowMs() + SESSION_TTL_MS).toISOString();
    state.sessions.put(session);
    return answer(turn);
  },

  companinCreateConversation({ principal: { org }, input, services, state }) {
    const b = input.body;
    const assistant = state.assistant(org.id, b.assistant_id);
    if (!assistant) return notFound(`Assistant ${b.assistant_id}`);
    const conversation = {
      id: services.random.uuid(),
      orgId: org.id,
      assistantId: assistant.id,
      customerId: b.customer_id ?? null,
      title: b.title ?? null,
      locale: b.locale ?? null,
      userContextId: b.user_context_id ?? null,
      metadata: b.metadata ?? {},
      createdAt: services.clock.iso(),
      messages: [],
    };
    state.conversations.put(conversation);
    return {
      status: 201,
      body: ok({
        id: conversation.id,
        assistant_id: conversation.assistantId,
        customer_id: conversation.customerId,
        title: conversation.title,
        locale: conversation.locale,
        user_context_id: conversation.userContextId,
        metadata: conversation.metadata,
        created_at: conversation.createdAt,
      }),
    };
  },

  companinSendConversationMessage({ principal: { org }, input, services, state }) {
    const conversation = state.conversations.get(input.path.conversation_id);
    if (!conversation || conversation.orgId !== org.id) return notFound('Conversation');
    const assistant = state.assistants.get(conversation.assistantId)!;
    // A linked user context personalises the reply: its `name` trait greets the customer.
    const context = conversation.userContextId
      ? state.contexts.get(contextKey(org.id, conversation.userContextId))
      : undefined;
    const name = typeof context?.traits.name === 'string' ? context.traits.name : undefined;
    const turn = exchange(
      services,
      assistant,
      conversation.messages,
      input.body.content,
      input.body.metadata ?? {},
      name,
    );
    if (!turn) return unavailable();
    appendBounded(
      conversation.messages,
      services.config.maxMessagesPerSession,
      turn.user_message,
      turn.assistant_message,
    );
    state.conversations.put(conversation);
    return { status: 200, body: ok({ ...turn, conversation_id: conversation.id }) };
  },

  companinUpsertContext({ principal: { org }, input, services, state }) {
    const { user_reference, traits = {} } = input.body;
    const key = contextKey(org.id, user_reference);
    const existing = state.contexts.get(key);
    const now = services.clock.iso();
    const context = {
      key,
      id: existing?.id ?? services.random.uuid(),
      orgId: org.id,
      userReference: user_reference,
      traits,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    state.contexts.put(context);
    const data = {
      id: context.id,
      user_reference,
      traits,
      created_at: context.createdAt,
      updated_at: context.updatedAt,
    };
    return existing ? { status: 200, body: ok(data) } : { status: 201, body: ok(data) };
  },

  async companinUploadKnowledgeFile({ principal: { org }, input, services }) {
    const { title, file_type, file } = input.body as unknown as { title: string; file_type: string; file: File };
    if (!isDocumentType(file_type))
      return { status: 400, body: err(400, `Unsupported file_type ${file_type}: upload txt, md or pdf`) };
    const read = await ingest(() => readDocument(file, file_type));
    if ('refusal' in read) return { status: 400, body: err(400, read.refusal) };
    const text = read.value;
    const stored = await storeKnowledge(services, org, { title, text });
    return { status: 201, body: ok({ ...stored, kind: 'file' as const, title, file_type }) };
  },

  async companinAddKnowledgeQa({ principal: { org }, input, services }) {
    const { question, answer, tags = [], source = 'manual' } = input.body;
    // Ranked on question and answer; a match is answered with the stored answer alone.
    const stored = await storeKnowledge(services, org, { title: question, chunks: [`${question}\n${answer}`], answer });
    return {
      status: 201,
      body: ok({ ...stored, kind: 'qa' as const, title: question, question, answer, tags, source }),
    };
  },

  async companinAddKnowledgeUrl({ principal: { org }, input, services }) {
    const { url } = input.body;
    const fetched = await ingest(() => fetchPage(url, services.pages));
    if ('refusal' in fetched) return { status: 400, body: err(400, fetched.refusal) };
    const page = fetched.value;
    const title = input.body.title || page.title || url;
    const stored = await storeKnowledge(services, org, { title, text: page.text });
    return { status: 201, body: ok({ ...stored, kind: 'url' as const, title, url }) };
  },
};
