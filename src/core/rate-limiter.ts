import type { Clock } from './clock.js';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Epoch ms at which one more request will be allowed (sliding) or the window resets (fixed). */
  resetAtMs: number;
}

/**
 * A sliding-window log per key, on the mock clock: at most `limit` hits in any
 * `windowMs`. Refused hits are not counted, so a client that backs off recovers.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    readonly limit: number,
    readonly windowMs: number,
    /** Keys (visitor IPs) remembered at most; quiet ones are forgotten first. */
    readonly maxKeys = 100_000,
  ) {}

  hit(key: string): RateDecision {
    const now = this.clock.nowMs();
    const log = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    const allowed = log.length < this.limit;
    if (allowed) log.push(now);
    this.hits.delete(key); // re-inserted last: the Map's order is then least recently seen first
    this.hits.set(key, log);
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
    return { allowed, limit: this.limit, remaining: this.limit - log.length, resetAtMs: log[0] + this.windowMs };
  }

  clear(): void {
    this.hits.clear();
  }
}

/** Fixed windows aligned to the epoch (e.g. each clock hour), counted per key. */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  hit(key: string): RateDecision {
    const now = this.clock.nowMs();
    const start = now - (now % this.windowMs);
    let w = this.windows.get(key);
    if (!w || w.start !== start) this.windows.set(key, (w = { start, count: 0 }));
    const allowed = w.count < this.limit;
    if (allowed) w.count++;
    return { allowed, limit: this.limit, remaining: this.limit - w.count, resetAtMs: start + this.windowMs };
  }

  clear(): void {
    this.windows.clear();
  }
}
