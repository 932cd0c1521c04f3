import type { Clock } from '../core/clock.js';
import { SlidingWindowLimiter, WindowCounter, calendarWindow, fixedWindow } from '../core/rate-limiter.js';
import type { LimitSpec } from '../spec/limits.js';

/** Where one subject stands against one limit. */
export interface LimitStanding {
  allowed: boolean;
  limit: number;
  used: number;
  remaining: number;
  /** Epoch ms when the window resets (or, sliding, when one more will be allowed). */
  resetAtMs: number;
  /** What the refused request asked for, when it asked for an amount. */
  requested?: number;
}

const NONE: readonly LimitSpec[] = [];

/** Who a limit counts against, and the plan that sets its ceiling. */
export interface LimitSubject {
  key: string;
  plan?: string;
}

/**
 * The counters of every limit the spec declares, one mechanism each: calendar counters
 * for quotas, sliding logs or fixed windows for rates. Caps keep no count.
 */
export class LimitBook {
  private readonly counters = new Map<LimitSpec, WindowCounter>();
  private readonly sliding = new Map<LimitSpec, SlidingWindowLimiter>();
  /** The limits of each operation, found once: the limits stage asks on every request. */
  private readonly byOperation = new Map<string, LimitSpec[]>();

  constructor(
    private readonly clock: Clock,
    readonly specs: readonly LimitSpec[],
    /** Keys remembered per sliding limit (visitor IPs); the quietest are forgotten first. */
    private readonly maxKeys = 100_000,
  ) {
    for (const spec of specs) {
      for (const id of spec.operations) this.byOperation.set(id, [...(this.byOperation.get(id) ?? []), spec]);
    }
    this.clear();
  }

  /** The limits that apply to one operation, in the order the spec lists them. */
  forOperation(operationId: string): readonly LimitSpec[] {
    return this.byOperation.get(operationId) ?? NONE;
  }

  find(vendor: string, name: string): LimitSpec | undefined {
    return this.specs.find((s) => s.vendor === vendor && s.name === name);
  }

  ceiling(spec: LimitSpec, plan?: string): number {
    if (spec.limit !== undefined) return spec.limit;
    const value = plan === undefined ? undefined : spec.plans?.[plan];
    if (value === undefined) throw new Error(`${spec.vendor}.${spec.name} has no value for plan ${plan}`);
    return value;
  }

  /** Where the subject stands, if it used `amount` more now; nothing is counted. */
  standing(spec: LimitSpec, subject: LimitSubject, amount = 0): LimitStanding {
    const limit = this.ceiling(spec, subject.plan);
    const counter = this.counters.get(spec) ?? this.sliding.get(spec);
    if (!counter) return { allowed: amount <= limit, limit, used: 0, remaining: limit, resetAtMs: this.clock.nowMs() };
    const { count, end } = counter.used(subject.key);
    return {
      allowed: count + amount <= limit,
      limit,
      used: count,
      remaining: Math.max(0, limit - count),
      resetAtMs: end,
    };
  }

  /**
   * One request arriving at a rate limit: counted if allowed. (Quotas are charged with
   * `charge` once the answer succeeded.)
   */
  admit(spec: LimitSpec, subject: LimitSubject): LimitStanding {
    const limit = this.ceiling(spec, subject.plan);
    const sliding = this.sliding.get(spec);
    if (sliding) {
      const d = sliding.hit(subject.key, limit);
      return { ...d, used: limit - d.remaining };
    }
    const standing = this.standing(spec, subject, 1);
    if (standing.allowed) this.charge(spec, subject, 1);
    return {
      ...standing,
      used: standing.used + (standing.allowed ? 1 : 0),
      remaining: Math.max(0, standing.remaining - (standing.allowed ? 1 : 0)),
    };
  }

  charge(spec: LimitSpec, subject: LimitSubject, amount: number): void {
    if (amount !== 0) this.counters.get(spec)?.add(subject.key, amount);
  }

  /** Sets what the subject has used in the current window (admin: meet a 429 without N requests). */
  setUsed(spec: LimitSpec, subject: LimitSubject, used: number): void {
    const counter = this.counters.get(spec) ?? this.sliding.get(spec);
    if (!counter) throw new Error(`${spec.vendor}.${spec.name} keeps no count`);
    // A sliding log keeps one entry a hit, and no more hits than the limit ever count.
    if (counter instanceof SlidingWindowLimiter) counter.setUsed(subject.key, Math.min(used, spec.limit ?? used));
    else counter.set(subject.key, used);
  }

  /** Whether the limit counts anything a subject could have used (a cap counts nothing). */
  counts(spec: LimitSpec): boolean {
    return this.counters.has(spec) || this.sliding.has(spec);
  }

  /** Everything counted against each quota, summed over subjects: charges only successes may move. */
  quotaTotals(): Record<string, number> {
    const totals: Record<string, number> = {};
    for (const [spec, counter] of this.counters)
      if (spec.kind === 'quota') totals[`${spec.vendor}.${spec.name}`] = counter.total();
    return totals;
  }

  /** Every counter, by limit, for a state file. */
  dump(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [spec, c] of this.counters) out[`${spec.vendor}/${spec.name}`] = { windows: c.dump() };
    for (const [spec, c] of this.sliding) out[`${spec.vendor}/${spec.name}`] = { hits: c.dump() };
    return out;
  }

  /** Counters from a state file; limits it does not name start empty. */
  load(saved: Record<string, any>): void {
    this.clear();
    for (const [spec, c] of this.counters) c.load(saved[`${spec.vendor}/${spec.name}`]?.windows ?? []);
    for (const [spec, c] of this.sliding) c.load(saved[`${spec.vendor}/${spec.name}`]?.hits ?? []);
  }

  clear(): void {
    this.counters.clear();
    this.sliding.clear();
    for (const spec of this.specs) {
      if (spec.kind === 'cap') continue;
      if (spec.kind === 'rate' && spec.window === 'sliding') {
        this.sliding.set(spec, new SlidingWindowLimiter(this.clock, spec.windowSeconds! * 1000, this.maxKeys));
      } else {
        const windowOf =
          spec.kind === 'quota'
            ? calendarWindow(spec.window as 'month' | 'day')
            : fixedWindow(spec.windowSeconds! * 1000);
        this.counters.set(spec, new WindowCounter(this.clock, windowOf));
      }
    }
  }
}
