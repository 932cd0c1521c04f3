import type { MockRuntime } from '../../app/runtime.js';
import { Table } from '../../core/table.js';
import type { CompaninAssistantFixture, CompaninFixtures } from './fixtures.js';
import {
  orgScope,
  type Assistant,
  type Conversation,
  type Organisation,
  type UserContext,
  type VisitorSession,
} from './model.js';

/** Sessions live 24 hours from creation (an assumption, docs/fidelity.md); then 410. */
export const SESSION_TTL_MS = 24 * 3600_000;
export const TOKEN_TTL_SECONDS = 3600;

export class CompaninState {
  readonly orgs = new Table<Organisation>((o) => o.id, { clientId: (o) => o.clientId });
  readonly assistants = new Table<Assistant>((a) => a.id, { org: (a) => a.orgId });
  readonly sessions = new Table<VisitorSession>((s) => s.id, { org: (s) => s.orgId });
  readonly conversations = new Table<Conversation>((c) => c.id, { org: (c) => c.orgId });
  readonly contexts = new Table<UserContext>((c) => c.key, { org: (c) => c.orgId });

  orgByClientId(clientId: string): Organisation | undefined {
    return this.orgs.newest('clientId', clientId, 1)[0];
  }

  /** An assistant of this organisation; another organisation's is as good as missing. */
  assistant(orgId: string, id: string): Assistant | undefined {
    const a = this.assistants.get(id);
    return a?.orgId === orgId ? a : undefined;
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
    });
    for (const a of o.assistants ?? []) {
      const id = a.id ?? newId();
      if (state.assistants.get(id)) throw new Error(`fixtures: companin assistant id ${id} is used twice`);
      state.assistants.put(newAssistant(id, orgId, a, now));
    }
    for (const qa of o.knowledge ?? []) {
      const id = newId();
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
  return state;
}
