import type { MockRuntime } from '../../app/runtime.js';
import { companinErrorBody as err } from './errors.js';
import type { Assistant, Organisation, VisitorSession } from './model.js';
import type { CompaninState } from './state.js';

/** The reference's success envelope. */
export const ok = <T>(data: T) => ({ status: 'success' as const, data });

export const notFound = (what: string) => ({ status: 404 as const, body: err(404, `${what} not found`) });
export const forbidden = (detail: string) => ({ status: 403 as const, body: err(403, detail) });

export const assistantView = (a: Assistant) => ({
  id: a.id,
  name: a.name,
  description: a.description,
  tone: a.tone,
  language: a.language,
  default_tasks: a.defaultTasks,
  is_active: a.isActive,
  created_at: a.createdAt,
});

export const sessionView = (s: VisitorSession) => ({
  id: s.id,
  session_id: s.id,
  assistant_id: s.assistantId,
  visitor_id: s.visitorId,
  locale: s.locale,
  metadata: s.metadata,
  created_at: s.createdAt,
  expires_at: s.expiresAt,
});

/** The organisation's session, or the answer for one that is missing (404) or past its expiry (410). */
export function liveSession(
  state: CompaninState,
  runtime: MockRuntime,
  org: Organisation,
  id: string,
):
  | { session: VisitorSession }
  | { refused: ReturnType<typeof notFound> | { status: 410; body: ReturnType<typeof err> } } {
  const session = state.sessions.get(id);
  if (!session || session.orgId !== org.id) return { refused: notFound('Session') };
  if (Date.parse(session.expiresAt) <= runtime.clock.nowMs())
    return { refused: { status: 410, body: err(410, 'Session expired') } };
  return { session };
}
