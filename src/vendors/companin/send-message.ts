import type { HandlerMap } from '../../app/handler-types.js';
import type { MockRuntime } from '../../app/runtime.js';
import { appendBounded } from '../../core/bounded.js';
import { IsoText } from '../../core/iso-text.js';
import { memberOf, type CompaninPrincipal } from './auth.js';
import { companinErrorBody as err } from './errors.js';
import { exchange, storedMessage } from './turn.js';
import { fingerprint, remember, standingOf } from './idempotency.js';
import type { Turn, IdempotencyRecord, StoredMessage, VisitorSession } from './model.js';
import { sseError, sseReply, sseStream, tokensOf, wantsEventStream } from './sse.js';
import { SESSION_TTL_MS, type CompaninState } from './state.js';
import { liveSession } from './views.js';
import { greetingFor } from './widget-config.js';

type SendHandler = HandlerMap<'companin', CompaninPrincipal, CompaninState>['companinSendSessionMessage'];
type Committed = Exclude<IdempotencyRecord['result'], 'in-progress'>;

const unavailable = () => ({ status: 503 as const, body: err(503, 'AI service temporarily unavailable') });

/** Stores messages on the session, each assistant line findable for feedback. */
function append(state: CompaninState, runtime: MockRuntime, session: VisitorSession, ...messages: StoredMessage[]) {
  appendBounded(session, runtime.config.maxMessagesPerSession, ...messages);
  for (const m of messages)
    if (m.sender === 'assistant')
      state.messages.put({ id: m.id, orgId: session.orgId, sessionId: session.id, feedback: null });
}

const seenText = new IsoText();
const expiryText = new IsoText();

/** Activity extends a session: each message moves its expiry a full lifetime forward (client-facts A.6 #2). */
function touch(state: CompaninState, runtime: MockRuntime, session: VisitorSession) {
  const now = runtime.clock.nowMs();
  session.lastSeenAt = seenText.of(now);
  session.expiresAt = expiryText.of(now + SESSION_TTL_MS);
  state.sessions.put(session);
}

/**
 * The widget hides assistant lines until the visitor has written, and draws the greeting
 * from its config; the vendor stores that greeting as the chat's first line once there
 * is a conversation, marked `is_greeting` and `greeting-…` (client-facts A.6 #18).
 */
function greetOnce(state: CompaninState, runtime: MockRuntime, session: VisitorSession) {
  if (session.messages.length > 0 || !session.widgetConfigId) return;
  const config = state.widgetConfigs.get(session.widgetConfigId);
  const text = config && greetingFor(config, session.locale);
  if (!text) return;
  const greeting = storedMessage(runtime, text, 'assistant', { is_greeting: true });
  append(state, runtime, session, { ...greeting, id: `greeting-${greeting.id}` });
}

/**
 * A chat turn as the widget sends it (client-facts A.3.12): an interactive message gets
 * the assistant's reply, as JSON or streamed token by token; a scripted line
 * (`skip_ai_response`, maybe `sender: "assistant"`) is stored with no reply. An
 * Idempotency-Key replays a finished turn, is 409 while its first request streams and
 * 422 with another body.
 */
export const sendSessionMessage: SendHandler = ({ principal, input, request, runtime, state }) => {
  const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
  if ('refused' in live) return live.refused;
  const { session } = live;
  const b = input.body;
  if (b.sender === 'assistant' && b.skip_ai_response !== true)
    return { status: 422, body: err(422, 'body.sender: "assistant" is allowed only with skip_ai_response') };
  const attachments = (b.attachment_ids ?? []).map((id) => session.attachments.get(id));
  const missing = (b.attachment_ids ?? []).find((_, i) => !attachments[i]);
  if (missing !== undefined) return { status: 422, body: err(422, `body.attachment_ids: no file ${missing} here`) };

  const streaming = wantsEventStream(request);
  // Written out, not spread: spreading the result was 6% of a turn.
  const scripted = (result: { message: StoredMessage }) => ({
    message: result.message,
    session_id: session.id,
    conversation_id: session.id,
    expires_at: session.expiresAt,
  });
  const exchanged = (turn: Turn) => ({
    user_message: turn.user_message,
    assistant_message: turn.assistant_message,
    session_id: session.id,
    conversation_id: session.id,
    expires_at: session.expiresAt,
  });
  const answer = (result: Committed) => {
    if ('message' in result)
      return { status: 200 as const, body: { status: 'success' as const, data: scripted(result) } };
    return streaming
      ? sseReply(result.assistant_message.content, exchanged(result))
      : { status: 200 as const, body: { status: 'success' as const, data: exchanged(result) } };
  };

  const key = input.headers['idempotency-key'] as string | undefined;
  // The body's fingerprint only when a key asks for one: sorting and serialising the body
  // was 3% of every turn.
  const print = key === undefined ? '' : fingerprint(b);
  if (key !== undefined) {
    const standing = standingOf(session.idempotency, key, print);
    if (standing.kind === 'mismatch')
      return { status: 422, body: err(422, 'Idempotency-Key was already used with a different request body') };
    if (standing.kind === 'in-progress')
      return { status: 409, body: err(409, 'A request with this Idempotency-Key is still in progress') };
    if (standing.kind === 'replay') return answer(standing.result);
  }
  const commit = (result: IdempotencyRecord['result']) => {
    if (key !== undefined) remember(session.idempotency, key, { fingerprint: print, result });
  };

  const metadata = {
    ...b.metadata,
    ...(b.page_context ? { page_context: b.page_context } : {}),
    ...(b.user_context ? { user_context: b.user_context } : {}),
  };
  const user: StoredMessage = {
    ...storedMessage(runtime, b.content, b.sender ?? 'user', metadata),
    ...(attachments.length ? { attachments: attachments.map((a) => a!) } : {}),
  };
  for (const id of b.attachment_ids ?? []) session.attachments.delete(id);

  if (b.skip_ai_response) {
    greetOnce(state, runtime, session);
    append(state, runtime, session, user);
    touch(state, runtime, session);
    commit({ message: user });
    return answer({ message: user });
  }

  const assistant = state.assistants.get(session.assistantId)!;
  const turn = exchange(runtime, assistant, session.messages, user, (id) => state.knowledgeEntries.get(id));
  if (!turn) return streaming ? sseError('AI service temporarily unavailable') : unavailable();
  greetOnce(state, runtime, session);
  if (!streaming) {
    append(state, runtime, session, turn.user_message, turn.assistant_message);
    touch(state, runtime, session);
    commit(turn);
    return answer(turn);
  }

  // Streamed: the visitor's message is stored at once and the key is in progress until
  // the reply is whole, or until the client goes away, when what was said is kept.
  append(state, runtime, session, turn.user_message);
  touch(state, runtime, session);
  commit('in-progress');
  const tokens = tokensOf(turn.assistant_message.content);
  const settle = (reply: Turn['assistant_message']): Turn => {
    append(state, runtime, session, reply);
    touch(state, runtime, session);
    const result = { user_message: turn.user_message, assistant_message: reply };
    commit(result);
    return result;
  };
  return sseStream({
    tokens,
    delayMs: runtime.config.streamDelayMs,
    finish: () => exchanged(settle(turn.assistant_message)),
    abort: (sent) => {
      const said = tokens.slice(0, sent).join('');
      settle({
        ...turn.assistant_message,
        content: said,
        metadata: { ...turn.assistant_message.metadata, stopped: true },
      });
    },
  });
};
