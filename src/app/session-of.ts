import type { ValidInput } from '../spec/request-validator.js';

/**
 * The conversation a request belongs to: the first of the vendor's `sessionFields`
 * (openapi.yaml, `x-vendor`) found in its path, body or query.
 */
export function sessionOf(input: ValidInput, fields: readonly string[]): string | undefined {
  const from = (o: unknown) => {
    const r = o as Record<string, unknown> | undefined;
    for (const field of fields) {
      const v = r?.[field];
      if (typeof v === 'string' && v) return v;
    }
    return undefined;
  };
  return from(input.path) ?? from(input.body) ?? from(input.query);
}
