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
    readonly windowMs: number,
    /** Keys (visitor IPs) remembered at most; quiet ones are forgotten first. */
    readonly maxKeys = 100_000,
  ) {}

  /** The logs, for a state file; quietest key first, as kept. */
  dump(): [string, number[]][] {
    return [...this.hits];
  }

  load(entries: [string, number[]][]): void {
    this.hits.clear();
    for (const [key, log] of entries) this.hits.set(key, log);
  }

  /** The key's hits still inside the window at `now`. */
  private live(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
  }

  /** Hits in the window now, and when the oldest leaves it; nothing is counted. */
  used(key: string): { count: number; end: number } {
    const now = this.clock.nowMs();
    const log = this.live(key, now);
    return { count: log.length, end: (log[0] ?? now) + this.windowMs };
  }

  /** Sets `used` hits now for the key (admin: meet a 429 without N requests); none past the window. */
  setUsed(key: string, used: number): void {
    this.hits.delete(key);
    if (used > 0)
      this.hits.set(
        key,
        Array.from({ length: used }, () => this.clock.nowMs()),
      );
  }

  hit(key: string, limit: number): RateDecision {
    const now = this.clock.nowMs();
    const log = this.live(key, now);
    const allowed = log.length < limit;
    if (allowed) log.push(now);
    this.hits.delete(key); // re-inserted last: the Map's order is then least recently seen first
    this.hits.set(key, log);
    while (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
    const resetAtMs = (log[0] ?? now) + this.windowMs;
    return { allowed, limit, remaining: Math.max(0, limit - log.length), resetAtMs };
  }
}

/** Where a window starts and ends, for the instant given. */
export type WindowOf = (nowMs: number) => { start: number; end: number };

export const fixedWindow =
  (windowMs: number): WindowOf =>
  (now) => {
    const start = now - (now % windowMs);
    return { start, end: start + windowMs };
  };

/**
 * Calendar months and days in UTC: the windows of the plans' monthly and daily quotas. The
 * last window is reused while `now` is inside it: a quota is looked up on every request.
 */
export const calendarWindow = (unit: 'month' | 'day'): WindowOf => {
  let last = { start: 0, end: 0 };
  return (now) => {
    if (now >= last.start && now < last.end) return last;
    const d = new Date(now);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
    last =
      unit === 'month'
        ? { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1) }
        : { start: Date.UTC(y, m, day), end: Date.UTC(y, m, day + 1) };
    return last;
  };
};

/**
 * A count per key within the current window (a clock hour, a calendar month); a key's
 * count starts again at 0 when its window has passed. Only the current window is kept.
 */
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly windowOf: WindowOf,
  ) {}

  used(key: string): { count: number; start: number; end: number } {
    const { start, end } = this.windowOf(this.clock.nowMs());
    const w = this.windows.get(key);
    return { count: w && w.start === start ? w.count : 0, start, end };
  }

  /** Adds to the current window's count; a negative amount gives back (never below 0). */
  add(key: string, amount: number): void {
    this.set(key, Math.max(0, this.used(key).count + amount));
  }

  set(key: string, count: number): void {
    this.windows.set(key, { start: this.windowOf(this.clock.nowMs()).start, count });
  }

  dump(): [string, { start: number; count: number }][] {
    return [...this.windows];
  }

  load(entries: [string, { start: number; count: number }][]): void {
    this.windows.clear();
    for (const [key, w] of entries) this.windows.set(key, w);
  }

  /** The sum over keys of the current window's counts. */
  total(): number {
    const { start } = this.windowOf(this.clock.nowMs());
    let sum = 0;
    for (const w of this.windows.values()) if (w.start === start) sum += w.count;
    return sum;
  }
}

/** Seconds a refused client should wait (Retry-After): at least 1, rounded up. */
export const retryAfterSeconds = (resetAtMs: number, nowMs: number) =>
  Math.max(1, Math.ceil((resetAtMs - nowMs) / 1000));
