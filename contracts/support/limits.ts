import { limitsOf } from '../../src/spec/limits.js';
import { loadSpec } from '../../src/spec/load-spec.js';

/** A limit's value as openapi.yaml declares it (`x-limits`), for a plan where it varies by plan. */
export async function specLimit(vendor: string, name: string, plan?: string): Promise<number> {
  const limit = limitsOf(await loadSpec()).find((l) => l.vendor === vendor && l.name === name);
  if (!limit) throw new Error(`openapi.yaml declares no limit ${vendor}.${name}`);
  const value = limit.limit ?? (plan === undefined ? undefined : limit.plans?.[plan]);
  if (value === undefined) throw new Error(`${vendor}.${name} needs a plan`);
  return value;
}
