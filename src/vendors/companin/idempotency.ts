import type { IdempotencyRecord } from './model.js';

/** Keys remembered per session; the oldest is forgotten first. */
const IDEMPOTENCY_KEYS_PER_SESSION = 100;

/** The body, with object keys sorted, so that the same JSON in another key order is the same request. */
export function fingerprint(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return JSON.stringify(canonical(body));
}

export type KeyStanding =
  | { kind: 'new' }
  | { kind: 'replay'; result: Exclude<IdempotencyRecord['result'], 'in-progress'> }
  | { kind: 'in-progress' }
  | { kind: 'mismatch' };

/**
 * What a key means for this request, per the IETF httpapi Idempotency-Key draft: unseen,
 * a finished request to replay, one still in progress (409), or reuse with another body
 * (422, checked first: it is wrong whether or not the first has finished).
 */
export function standingOf(store: Map<string, IdempotencyRecord>, key: string, print: string): KeyStanding {
  const seen = store.get(key);
  if (!seen) return { kind: 'new' };
  if (seen.fingerprint !== print) return { kind: 'mismatch' };
  if (seen.result === 'in-progress') return { kind: 'in-progress' };
  return { kind: 'replay', result: seen.result };
}

export function remember(store: Map<string, IdempotencyRecord>, key: string, record: IdempotencyRecord): void {
  store.delete(key);
  store.set(key, record);
  while (store.size > IDEMPOTENCY_KEYS_PER_SESSION) store.delete(store.keys().next().value!);
}
