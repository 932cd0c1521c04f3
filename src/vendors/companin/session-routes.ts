import type { HandlerMap } from '../../app/handler-types.js';
import { memberOf, type CompaninPrincipal } from './auth.js';
import { companinErrorBody as err } from './errors.js';
import type { Attachment, Conversion, VisitorSession } from './model.js';
import { sendSessionMessage } from './send-message.js';
import { SESSION_TTL_MS, userKey, type CompaninState } from './state.js';
import { liveSession, notFound, ok, sessionView } from './views.js';

type SessionHandlers = Pick<
  HandlerMap<'companin', CompaninPrincipal, CompaninState>,
  | 'companinCreateSession'
  | 'companinListSessionMessages'
  | 'companinSendSessionMessage'
  | 'companinUpdateSession'
  | 'companinGetSessionFeedback'
  | 'companinRateSession'
  | 'companinSessionHeartbeat'
  | 'companinTrackConversion'
  | 'companinUploadSessionFile'
  | 'companinSessionByUser'
>;

/** Conversions and files kept per session; past them the oldest go (docs/fidelity.md). */
const CONVERSIONS_PER_SESSION = 100;
const FILES_PER_SESSION = 20;

const conversionView = (c: Conversion, duplicate: boolean) => ({ ...c, duplicate });

/** A visitor's session: created, read, written to, rated, kept alive, credited with goals. */
export const sessionHandlers: SessionHandlers = {
  companinCreateSession({ principal, input, runtime, state }) {
    const { org, user } = memberOf(principal);
    // anyOf(assistant_id, agent_id) types as unknown; the spec has checked it.
    const b = input.body as {
      assistant_id?: string;
      agent_id?: string;
      widget_config_id?: string;
      visitor_id?: string;
      locale?: string;
      metadata?: Record<string, unknown>;
    };
    const assistantId = (b.assistant_id ?? b.agent_id)!;
    const assistant = state.assistant(org.id, assistantId);
    if (!assistant) return notFound(`Assistant ${assistantId}`);
    const config = b.widget_config_id === undefined ? undefined : state.widgetConfigs.get(b.widget_config_id);
    if (b.widget_config_id !== undefined && config?.orgId !== org.id)
      return notFound(`Widget config ${b.widget_config_id}`);
    const now = runtime.clock.nowMs();
    const session: VisitorSession = {
      id: runtime.random.uuid(),
      orgId: org.id,
      assistantId: assistant.id,
      visitorId: b.visitor_id ?? null,
      locale: b.locale ?? null,
      metadata: b.metadata ?? {},
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
      lastSeenAt: new Date(now).toISOString(),
      widgetConfigId: config?.id ?? null,
      externalUserId: user,
      messages: [],
      idempotency: new Map(),
      feedback: null,
      conversions: [],
      attachments: new Map(),
    };
    state.sessions.put(session);
    return { status: 201, body: ok(sessionView(session)) };
  },

  companinListSessionMessages({ principal, input, runtime, state }) {
    const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
    if ('refused' in live) return live.refused;
    return { status: 200, body: ok({ messages: live.session.messages }) };
  },

  companinSendSessionMessage: sendSessionMessage,

  companinUpdateSession({ principal, input, runtime, state }) {
    const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
    if ('refused' in live) return live.refused;
    // Merged, so the same PATCH twice leaves the same metadata (client-facts A.6 #7).
    live.session.metadata = { ...live.session.metadata, ...input.body.metadata };
    return { status: 200, body: ok(sessionView(live.session)) };
  },

  companinGetSessionFeedback({ principal, input, runtime, state }) {
    const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
    if ('refused' in live) return live.refused;
    const f = live.session.feedback;
    return {
      status: 200,
      body: ok({ has_feedback: f !== null, rating: f?.rating ?? null, comment: f?.comment ?? null }),
    };
  },

  companinRateSession({ principal, input, runtime, state }) {
    const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
    if ('refused' in live) return live.refused;
    const { rating, comment = '' } = input.body;
    live.session.feedback = { rating, comment, createdAt: runtime.clock.iso() };
    return { status: 201, body: ok({ has_feedback: true as const, rating, comment }) };
  },

  companinSessionHeartbeat({ principal, input, runtime, state }) {
    const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
    if ('refused' in live) return live.refused;
    const { session } = live;
    // A visitor still reading keeps the session alive (client-facts A.6 #8).
    const now = runtime.clock.nowMs();
    session.lastSeenAt = new Date(now).toISOString();
    session.expiresAt = new Date(now + SESSION_TTL_MS).toISOString();
    state.sessions.put(session);
    return {
      status: 200,
      body: ok({ session_id: session.id, last_seen_at: session.lastSeenAt, expires_at: session.expiresAt }),
    };
  },

  companinTrackConversion({ principal, input, runtime, state }) {
    const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
    if ('refused' in live) return live.refused;
    const { session } = live;
    const b = input.body;
    // A reloaded order page sends its dedup_key again; it counts once (client-facts A.6 #13).
    const earlier =
      b.dedup_key === undefined ? undefined : session.conversions.find((c) => c.dedup_key === b.dedup_key);
    if (earlier) return { status: 200, body: ok(conversionView(earlier, true)) };
    const conversion: Conversion = {
      id: runtime.random.uuid(),
      session_id: session.id,
      conversation_id: session.id,
      goal_type: b.goal_type,
      goal_label: b.goal_label ?? null,
      value: b.value ?? null,
      currency: b.currency?.toUpperCase() ?? null,
      dedup_key: b.dedup_key ?? null,
      metadata: b.metadata ?? {},
      created_at: runtime.clock.iso(),
    };
    session.conversions.push(conversion);
    if (session.conversions.length > CONVERSIONS_PER_SESSION) session.conversions.shift();
    return { status: 201, body: ok(conversionView(conversion, false)) };
  },

  companinUploadSessionFile({ principal, input, runtime, state }) {
    const live = liveSession(state, runtime, memberOf(principal).org, input.path.session_id);
    if ('refused' in live) return live.refused;
    const file = (input.body as unknown as { file: unknown }).file;
    if (!(file instanceof File)) return { status: 400, body: err(400, 'file: a file part is required') };
    if (file.size === 0) return { status: 400, body: err(400, 'The file is empty') };
    const attachment: Attachment = {
      id: runtime.random.uuid(),
      filename: file.name || 'upload',
      content_type: file.type || 'application/octet-stream',
      size_bytes: file.size,
      url: null,
    };
    const { attachments } = live.session;
    attachments.set(attachment.id, attachment);
    if (attachments.size > FILES_PER_SESSION) attachments.delete(attachments.keys().next().value!);
    return { status: 201, body: ok(attachment) };
  },

  companinSessionByUser({ principal, runtime, state }) {
    const { org, user } = memberOf(principal);
    if (user === null)
      return { status: 403, body: err(403, 'This token names no user: mint it with a user_token to identify') };
    const now = runtime.clock.nowMs();
    const [session] = state.sessions.newest('user', userKey(org.id, user), 1, (s) => Date.parse(s.expiresAt) > now);
    return { status: 200, body: ok({ session_id: session?.id ?? null, expires_at: session?.expiresAt ?? null }) };
  },
};
