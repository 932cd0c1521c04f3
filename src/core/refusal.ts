/** What a refusal says in a few words: for the request log, the journal and the dashboard. */
export interface Refusal {
  /** Who refused: the spec, auth, a limit, a fault, the route, the body's size, CORS, the vendor's handler... */
  by: string;
  reason: string;
}

/** The stages' names (stages/stage.ts) as the log words them. */
const BY: Record<string, string> = {
  validate: 'spec',
  auth: 'auth',
  limit: 'limit',
  fault: 'fault',
  route: 'route',
  body: 'body',
  cors: 'cors',
  observe: 'vendor',
  dispatch: 'vendor',
  forward: 'upstream',
  mount: 'path',
  roots: 'path',
};

const MAX_WORDS = 100;
const cut = (s: string) => (s.length > MAX_WORDS ? `${s.slice(0, MAX_WORDS - 1)}…` : s);

/** The longest error body whose message is read: a refusal's body is short. */
export const MESSAGE_MAX_CHARS = 16_384;

/** The message an error body carries, in any of the three vendors' shapes or admin's. */
export function messageOf(text: string | undefined): string | undefined {
  if (!text || text.length > MESSAGE_MAX_CHARS || !text.startsWith('{')) return undefined;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const error = body.error as unknown;
  for (const v of [error, (error as { message?: unknown } | null)?.message, body.message, body.detail])
    if (typeof v === 'string' && v) return v;
  return undefined;
}

/**
 * Why a request was refused, or undefined for an answer that is not an error. `stage` is
 * the stage that answered; `violations` what the spec found wrong in the request.
 */
export function refusalOf(e: {
  status: number;
  stage: string;
  violations: string[];
  fault?: { type: string };
  responseText?: string;
}): Refusal | undefined {
  if (e.fault) return { by: 'fault', reason: cut(`${e.fault.type} fault${e.status ? ` (${e.status})` : ''}`) };
  if (e.status === 0) return { by: BY[e.stage] ?? e.stage, reason: 'connection dropped' };
  if (e.status < 400) return undefined;
  const by = e.violations.length ? 'spec' : (BY[e.stage] ?? e.stage);
  const reason = e.violations[0] ?? messageOf(e.responseText) ?? `${e.status}`;
  return { by, reason: cut(reason) };
}
