import type { ValidInput } from '../spec/request-validator.js';

/** The conversation a request belongs to, under the names the vendors give it. */
export function sessionOf(input: ValidInput | undefined): string | undefined {
  const from = (o: unknown) => {
    const r = o as Record<string, unknown> | undefined;
    const v = r?.session_id ?? r?.chat_id ?? r?.conversation_id;
    return typeof v === 'string' && v ? v : undefined;
  };
  return input && (from(input.path) ?? from(input.body) ?? from(input.query));
}
