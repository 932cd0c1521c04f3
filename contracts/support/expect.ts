import { inspect, isDeepStrictEqual } from 'node:util';

/** A failed expectation: its message says what was expected and what came. */
class ExpectationFailed extends Error {}

const show = (v: unknown) => inspect(v, { depth: 4, breakLength: 120, maxStringLength: 300 });

/** Whether `actual` has every property `expected` names, with those values, recursively. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e))
    );
  return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}

function matchers(actual: unknown, negated: boolean) {
  const check = (pass: boolean, message: string) => {
    if (pass === negated) throw new ExpectationFailed(negated ? message.replace(' to ', ' not to ') : message);
  };
  return {
    toBe: (expected: unknown) => check(Object.is(actual, expected), `expected ${show(actual)} to be ${show(expected)}`),
    toEqual: (expected: unknown) =>
      check(isDeepStrictEqual(actual, expected), `expected ${show(actual)} to equal ${show(expected)}`),
    toMatchObject: (expected: object) =>
      check(matches(actual, expected), `expected ${show(actual)} to match ${show(expected)}`),
    toContain: (item: unknown) =>
      check(
        typeof actual === 'string'
          ? actual.includes(String(item))
          : Array.isArray(actual) && actual.some((a) => isDeepStrictEqual(a, item)),
        `expected ${show(actual)} to contain ${show(item)}`,
      ),
    toMatch: (pattern: RegExp | string) =>
      check(
        typeof actual === 'string' && (typeof pattern === 'string' ? actual.includes(pattern) : pattern.test(actual)),
        `expected ${show(actual)} to match ${String(pattern)}`,
      ),
    toHaveLength: (n: number) =>
      check(
        (actual as { length?: unknown } | null)?.length === n,
        `expected ${show(actual)} to have length ${n}, has ${show((actual as { length?: unknown } | null)?.length)}`,
      ),
    toBeTruthy: () => check(Boolean(actual), `expected ${show(actual)} to be truthy`),
    toBeDefined: () => check(actual !== undefined, `expected a value, got undefined`),
    toBeGreaterThan: (n: number) =>
      check(typeof actual === 'number' && actual > n, `expected ${show(actual)} to be greater than ${n}`),
    toBeGreaterThanOrEqual: (n: number) =>
      check(typeof actual === 'number' && actual >= n, `expected ${show(actual)} to be at least ${n}`),
    toBeLessThan: (n: number) =>
      check(typeof actual === 'number' && actual < n, `expected ${show(actual)} to be less than ${n}`),
  };
}

/**
 * The few matchers the contracts use, with Vitest's names and meanings, on Node alone:
 * the contract runner ships in the package, where Vitest is not installed.
 */
export function expect(actual: unknown) {
  return { ...matchers(actual, false), not: matchers(actual, true) };
}
