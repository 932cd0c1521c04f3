import type { HandlerMap } from '../../app/handler-types.js';
import { memberOf, type CompaninPrincipal } from './auth.js';
import { embedOrigin } from './embed-origin.js';
import { companinErrorBody as err } from './errors.js';
import { orgScope } from './model.js';
import { TOKEN_TTL_SECONDS, type CompaninState } from './state.js';
import { assistantView, forbidden, notFound, ok } from './views.js';
import { publicWidgetConfig } from './widget-config.js';
import { identifiedUser, mintWidgetToken, originAllowed } from './widget-token.js';

type WidgetHandlers = Pick<
  HandlerMap<'companin', CompaninPrincipal, CompaninState>,
  | 'companinWidgetToken'
  | 'companinResolveEmbed'
  | 'companinGetAgent'
  | 'companinGetPublicWidgetConfig'
  | 'companinTranslateUi'
  | 'companinRecordTelemetry'
  | 'companinHealth'
  | 'companinSearchKnowledgeWidget'
  | 'companinRateMessage'
  | 'companinCreateSupportTicket'
>;

const SNIPPET_CHARS = 200;

/** What the vendor's chat and docs widgets call besides the chat itself (client-facts A.3). */
export const widgetHandlers: WidgetHandlers = {
  async companinWidgetToken({ principal, request, input, runtime }) {
    const { org } = memberOf(principal);
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
    const userToken = input.body.user_token;
    const user = userToken ? await identifiedUser(userToken, org, runtime.clock) : null;
    if (userToken && user === null) return { status: 401, body: err(401, 'Invalid user_token') };
    const token = await mintWidgetToken(org, origin, runtime.clock, user, runtime.random.uuid());
    return { status: 200, body: { token, expires_in: TOKEN_TTL_SECONDS, token_type: 'Bearer' } };
  },

  companinResolveEmbed({ input, state }) {
    const config = state.configByKey(input.query.key);
    const org = config && state.orgs.get(config.orgId);
    if (!config || !org) return notFound('Install key');
    return {
      status: 200,
      body: ok({ clientId: org.clientId, agentId: config.agentId, configId: config.id, locale: config.locale }),
    };
  },

  companinGetAgent({ principal, input, state }) {
    const assistant = state.assistant(memberOf(principal).org.id, input.path.agent_id);
    return assistant ? { status: 200, body: ok(assistantView(assistant)) } : notFound('Agent');
  },

  companinGetPublicWidgetConfig({ principal, input, state }) {
    const { org, via } = memberOf(principal);
    const config = state.widgetConfigs.get(input.path.config_id);
    if (config?.orgId !== org.id) return notFound('Widget config');
    // Forcing a variant is for the vendor's dashboard (API keys); a visitor gets its own.
    const forced = via === 'key' ? input.query.force_variant_id : undefined;
    return { status: 200, body: ok(publicWidgetConfig(config, input.query.visitor_id, forced)) };
  },

  companinTranslateUi({ input, state }) {
    const { locale, version, strings } = input.body;
    const known = state.uiTranslations[locale] ?? {};
    const translated = Object.fromEntries(
      Object.entries(strings).map(([k, v]) => [k, typeof v === 'string' ? (known[k] ?? v) : v]),
    );
    return { status: 200, body: ok({ locale, version, strings: translated }) };
  },

  companinRecordTelemetry({ principal, input, runtime, state }) {
    const b = input.body;
    const org = principal.org;
    if (!org || !state.assistant(org.id, b.agent)) return notFound('Agent');
    const event = {
      id: runtime.random.uuid(),
      orgId: org.id,
      event_type: b.event_type,
      agent: b.agent,
      user_id: b.user_id,
      metadata: b.metadata ?? {},
      authenticated: principal.via !== 'public',
      created_at: runtime.clock.iso(),
    };
    state.telemetry.put(event);
    return { status: 201, body: ok({ id: event.id, event_type: event.event_type, created_at: event.created_at }) };
  },

  companinHealth() {
    return { status: 200, body: { status: 'ok' as const } };
  },

  companinSearchKnowledgeWidget({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    if (!state.assistant(org.id, input.query.agent_id)) return notFound('Agent');
    const limit = input.query.limit ?? 8;
    const seen = new Set<string>();
    const hits = [];
    for (const r of runtime.knowledge.scope(orgScope(org.id)).rank(input.query.q, limit * 4)) {
      if (hits.length >= limit) break;
      if (seen.has(r.chunk.entryId)) continue;
      seen.add(r.chunk.entryId);
      const entry = state.knowledgeEntries.get(r.chunk.entryId);
      const text = r.chunk.answer ?? r.chunk.text;
      hits.push({
        id: r.chunk.entryId,
        type: entry?.kind ?? ('file' as const),
        title: r.chunk.title,
        snippet: text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS - 1)}…` : text,
        source_url: entry?.url ?? null,
      });
    }
    // The docs widget reads a top-level `hits`, not the success envelope (client-facts A.3.19).
    return { status: 200, body: { hits } };
  },

  companinRateMessage({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    const ref = state.messages.get(input.path.message_id);
    if (!ref || ref.orgId !== org.id || !state.sessions.get(ref.sessionId)) return notFound('Message');
    ref.feedback = { feedback_type: input.body.feedback_type, created_at: runtime.clock.iso() };
    state.messages.put(ref); // into the rated index, as the newest
    return { status: 201, body: ok({ message_id: ref.id, ...ref.feedback }) };
  },

  companinCreateSupportTicket({ principal, input, runtime, state }) {
    const { org } = memberOf(principal);
    if (!org.supportTickets) return forbidden('Support tickets are not included in this plan');
    const b = input.body;
    const mine = (id: string) =>
      state.sessions.get(id)?.orgId === org.id || state.conversations.get(id)?.orgId === org.id;
    if (b.session_id !== undefined && state.sessions.get(b.session_id)?.orgId !== org.id) return notFound('Session');
    if (b.conversation_id !== undefined && !mine(b.conversation_id)) return notFound('Conversation');
    const ticket = {
      id: runtime.random.uuid(),
      orgId: org.id,
      name: b.name,
      email: b.email,
      message: b.message,
      conversation_id: b.conversation_id ?? null,
      session_id: b.session_id ?? null,
      ticket_status: 'open' as const,
      created_at: runtime.clock.iso(),
    };
    state.tickets.put(ticket);
    const { orgId: _org, ...view } = ticket;
    return { status: 201, body: ok(view) };
  },
};
