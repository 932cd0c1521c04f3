/**
 * The dotted path of the first number in a parsed JSON body that JSON.parse could not keep
 * exactly: one past ±2^53 (`2^64+1` read as 18446744073709552000) or none at all (`1e400`
 * read as Infinity, which then passed `type: number` and reached the handlers). Undefined
 * when every number is exact. The body's depth is already bounded (json-depth.ts).
 */
export function inexactNumberAt(value: unknown): string | undefined {
  const at = inexactPath(value);
  return at && (at.length ? at.reverse().join('.') : 'body');
}

/**
 * The path to the first inexact number, innermost key first, or undefined. Keys are
 * collected only on the way back from a find: every body is walked, and most are exact.
 */
function inexactPath(value: unknown): string[] | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? undefined : [];
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const at = inexactPath(value[i]);
      if (at) return (at.push(String(i)), at);
    }
    return undefined;
  }
  for (const key in value) {
    const at = inexactPath((value as Record<string, unknown>)[key]);
    if (at) return (at.push(key), at);
  }
  return undefined;
}

export const INEXACT_NUMBER = `must be a finite number within ±${Number.MAX_SAFE_INTEGER} (2^53 - 1)`;
