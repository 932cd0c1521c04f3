import type { MockRuntime } from '../../app/runtime.js';
import { Table } from '../../core/table.js';
import type { CompaninAssistantFixture, CompaninFixtures } from './fixtures.js';
import {
  orgScope,
  type Assistant,
  type Conversation,
  type KnowledgeEntry,
  type MessageRef,
  type Organisation,
  type SupportTicket,
  type TelemetryEvent,
  type UserContext,
  type VisitorSession,
} from './model.js';
import { newWidgetConfig, type WidgetConfig } from './widget-config.js';

/** Sessions live 24 hours from creation (an assumption, docs/fidelity.md); then 410. */
export const SESSION_TTL_MS = 24 * 3600_000;
export const TOKEN_TTL_SECONDS = 3600;
/** Support tickets and telemetry events kept in all; the oldest go first (docs/fidelity.md). */
const RECORDS_KEPT = 10_000;

export const userKey = (orgId: string, externalUserId: string) => `${orgId}\u0000${externalUserId}`;

export class CompaninState {
  readonly orgs = new Table<Organisation>((o) => o.id, { clientId: (o) => o.clientId });
  readonly assistants = new Table<Assistant>((a) => a.id, { org: (a) => a.orgId });
  readonly sessions = new Table<VisitorSession>((s) => s.id, {
    org: (s) => s.orgId,
    // The identified user a session was opened for, for /auth/sessions/by-user.
    user: (s) => (s.externalUserId === null ? undefined : userKey(s.orgId, s.externalUserId)),
  });
  readonly conversations = new Table<Conversation>((c) => c.id, { org: (c) => c.orgId });
  readonly contexts = new Table<UserContext>((c) => c.key, { org: (c) => c.orgId });
  readonly widgetConfigs = new Table<WidgetConfig>((c) => c.id, {
    org: (c) => c.orgId,
    installKey: (c) => c.installKey ?? undefined,
  });
  /** Locale → UI string key → text, from the fixtures. */
  uiTranslations: Record<string, Record<string, string>> = {};
  readonly knowledgeEntries = new Table<KnowledgeEntry>((k) => k.id, { org: (k) => k.orgId });
  /**
   * Every assistant line, for feedback by id. Only rated ones are indexed, by organisation
   * (admin's widget activity lists them): a line enters the index when first rated, and its
   * key never changes after. Indexing every line cost each Companin turn a second list insert.
   */
  readonly messages = new Table<MessageRef>((m) => m.id, { rated: (m) => (m.feedback ? m.orgId : undefined) });
  readonly tickets = new Table<SupportTicket>((t) => t.id, { org: (t) => t.orgId });
  readonly telemetry = new Table<TelemetryEvent>((e) => e.id, { org: (e) => e.orgId });

  orgByClientId(clientId: string): Organisation | undefined {
    return this.orgs.latest('clientId', clientId);
  }

  /** An assistant of this organisation; another organisation's is as good as missing. */
  assistant(orgId: string, id: string): Assistant | undefined {
    const a = this.assistants.get(id);
    return a?.orgId === orgId ? a : undefined;
  }

  /** A config by its id or its install key, as /embed/resolve accepts either. */
  configByKey(key: string): WidgetConfig | undefined {
    return this.widgetConfigs.get(key) ?? this.widgetConfigs.latest('installKey', key);
  }
}

/** An assistant from its fields as the API and fixtures name them, with the vendor's defaults. */
export function newAssistant(id: string, orgId: string, a: CompaninAssistantFixture, createdAt: string): Assistant {
  return {
    id,
    orgId,
    name: a.name,
    description: a.description ?? '',
    tone: a.tone ?? 'professional',
    language: a.language ?? 'en',
    defaultTasks: a.default_tasks ?? [],
    isActive: a.is_active ?? true,
    createdAt,
  };
}

export function seedCompanin(fixtures: CompaninFixtures | undefined, runtime: MockRuntime): CompaninState {
  const { knowledge, clock, config } = runtime;
  const newId = () => runtime.random.uuid();
  const state = new CompaninState();
  state.uiTranslations = fixtures?.ui_translations ?? {};
  const now = clock.iso();
  for (const [i, o] of (fixtures?.organisations ?? []).entries()) {
    const orgId = `org_${i + 1}`;
    state.orgs.put({
      id: orgId,
      name: o.name ?? o.client_id,
      clientId: o.client_id,
      clientSecret: o.client_secret,
      allowedOrigins: o.allowed_origins ?? ['http://localhost:*', 'http://127.0.0.1:*'],
      jwtSecret: o.jwt_secret ?? `${runtime.instanceSecret}:${o.client_id}`,
      identitySecret: o.identity_secret ?? o.client_secret,
      supportTickets: o.support_tickets_enabled ?? true,
    });
    for (const a of o.assistants ?? []) {
      const id = a.id ?? newId();
      if (state.assistants.get(id)) throw new Error(`fixtures: companin assistant id ${id} is used twice`);
      state.assistants.put(newAssistant(id, orgId, a, now));
    }
    for (const c of o.widget_configs ?? []) {
      const id = c.id ?? newId();
      const agentId = c.agent_id ?? state.assistants.all('org', orgId)[0]?.id;
      if (state.widgetConfigs.get(id)) throw new Error(`fixtures: companin widget config id ${id} is used twice`);
      if (!agentId || !state.assistant(orgId, agentId))
        throw new Error(`fixtures: companin widget config ${id} names no assistant of ${o.client_id}`);
      if (c.install_key && state.configByKey(c.install_key))
        throw new Error(`fixtures: companin install key ${c.install_key} is used twice`);
      state.widgetConfigs.put(newWidgetConfig(id, orgId, agentId, c, o.support_tickets_enabled ?? true));
    }
    for (const qa of o.knowledge ?? []) {
      const id = newId();
      state.knowledgeEntries.put({ id, orgId, kind: 'qa', title: qa.question, url: null });
      knowledge.add({
        id,
        scope: orgScope(orgId),
        title: qa.question,
        chunks: [`${qa.question}\n${qa.answer}`],
        answer: qa.answer,
      });
    }
  }
  state.sessions.limit(config.maxSessions);
  state.conversations.limit(config.maxSessions);
  state.contexts.limit(config.maxSessions);
  state.knowledgeEntries.limit(config.maxSessions);
  // A message can be rated while its session is kept; a reference outlives few sessions.
  state.messages.limit(config.maxSessions * 4);
  state.tickets.limit(RECORDS_KEPT);
  state.telemetry.limit(RECORDS_KEPT);
  return state;
}
