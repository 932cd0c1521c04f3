import type { OpenApiDocument } from './load-spec.js';
import { operationsOf } from './operations.js';

/**
 * A plan or rate limit as a vendor's tag declares it in openapi.yaml (`x-limits`):
 * - quota: counted per calendar window (UTC month or day) and charged only for what a
 *   successful answer used;
 * - rate: every request that reaches it counts, in a sliding or fixed window of seconds;
 * - cap: the most that one request may carry (spreadsheet rows).
 * The value is `limit`, or `plans` by the principal's plan.
 */
export interface LimitSpec {
  vendor: string;
  name: string;
  kind: 'quota' | 'rate' | 'cap';
  /** What the limit is counted per; the vendor's limits code turns a principal into that key. */
  per: string;
  window?: 'month' | 'day' | 'sliding' | 'fixed';
  windowSeconds?: number;
  unit?: string;
  limit?: number;
  plans?: Record<string, number>;
  operations: string[];
  description: string;
}

const KINDS = ['quota', 'rate', 'cap'];

/** Reads and checks every vendor's `x-limits`; a mistake in the spec fails at load, naming it. */
export function limitsOf(spec: OpenApiDocument): LimitSpec[] {
  const ops = operationsOf(spec);
  const out: LimitSpec[] = [];
  for (const tag of spec.tags ?? []) {
    const plans = Object.keys(tag['x-plans'] ?? {});
    for (const [name, raw] of Object.entries<any>(tag['x-limits'] ?? {})) {
      const where = `x-limits ${tag.name}.${name}`;
      const own = ops.filter((o) => o.vendor === tag.name && o.method !== 'OPTIONS').map((o) => o.id);
      const operations: string[] = raw.operations === '*' ? own : raw.operations;
      if (!KINDS.includes(raw.kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}`);
      for (const id of operations)
        if (!own.includes(id)) throw new Error(`${where}: ${id} is not an operation of ${tag.name}`);
      if (raw.kind === 'quota' && raw.window !== 'month' && raw.window !== 'day')
        throw new Error(`${where}: a quota's window is month or day`);
      if (raw.kind === 'rate' && !(raw.window === 'sliding' || raw.window === 'fixed') && !(raw.windowSeconds > 0)) {
        throw new Error(`${where}: a rate needs window sliding or fixed and windowSeconds`);
      }
      if ((raw.limit === undefined) === (raw.plans === undefined))
        throw new Error(`${where}: give limit or plans, not both`);
      if (raw.plans && Object.keys(raw.plans).sort().join() !== [...plans].sort().join()) {
        throw new Error(`${where}: plans must name each of ${tag.name}'s x-plans (${plans.join(', ')})`);
      }
      out.push({ vendor: tag.name, name, ...raw, operations });
    }
  }
  return out;
}

/** A vendor's plans and what each allows beyond its limits (`x-plans`). */
export function plansOf(spec: OpenApiDocument, vendor: string): Record<string, Record<string, unknown>> {
  return (spec.tags ?? []).find((t: any) => t.name === vendor)?.['x-plans'] ?? {};
}
