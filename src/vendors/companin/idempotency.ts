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

export function remember(store: Map<string, IdempotencyRecord>, key: string, record: IdempotencyRecord): void {
  store.set(key, record);
  while (store.size > IDEMPOTENCY_KEYS_PER_SESSION) store.delete(store.keys().next().value!);
}
