import { IsoText } from './iso-text.js';
/**
 * The one source of time. `system` (the default) follows the wall clock, so a browser
 * that compares `expires_at` with its own clock sees sessions as live; `frozen` stands
 * still until set or advanced, so that two runs given the same requests produce
 * byte-identical bodies (tests and contract runs).
 */
export type ClockMode = 'frozen' | 'system';

/** How a caller names a clock: `system`, `frozen` (at DEFAULT_START) or `frozen=<ISO instant>`. */
export type ClockOption = 'system' | 'frozen' | `frozen=${string}`;

/** The mode and start instant a ClockOption names; a system clock starts at the wall clock's now. */
export function parseClockOption(option: string, wallNow = Date.now()): { mode: ClockMode; start: string } {
  if (option === 'system') return { mode: 'system', start: new Date(wallNow).toISOString() };
  if (option === 'frozen') return { mode: 'frozen', start: DEFAULT_START };
  if (option.startsWith('frozen=')) {
    const start = option.slice('frozen='.length);
    Clock.parse(start);
    return { mode: 'frozen', start };
  }
  throw new RangeError(`clock must be system, frozen or frozen=<ISO instant>, not ${option}`);
}

export const DEFAULT_START = '2025-06-02T09:00:00.000Z';

const MIN_MS = Date.parse('0000-01-01T00:00:00.000Z');
const MAX_MS = Date.parse('9999-12-31T23:59:59.999Z');

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

export class Clock {
  private base: number;
  private wallAtBase: number;
  private timers: Timer[] = [];
  private nextTimerId = 1;

  constructor(
    private readonly start: string = DEFAULT_START,
    readonly mode: ClockMode = 'frozen',
    private readonly wall: () => number = Date.now,
  ) {
    this.base = Clock.parse(start);
    this.wallAtBase = wall();
  }

  static parse(iso: string): number {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant: ${iso}`);
    return Clock.checked(ms);
  }

  /**
   * Every timestamp the mock writes is an ISO 8601 date-time with a four-digit year, so
   * the clock refuses instants outside years 0000 to 9999 rather than reach one that
   * cannot be written (a RangeError in every later request).
   */
  static checked(ms: number): number {
    if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) {
      throw new RangeError('the clock stays between 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z');
    }
    return ms;
  }

  nowMs(): number {
    return this.mode === 'frozen' ? this.base : this.base + (this.wall() - this.wallAtBase);
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  private readonly isoText = new IsoText();

  /** The instant as ISO 8601; the string is reused while the clock stands still. */
  iso(): string {
    return this.isoText.of(this.nowMs());
  }

  set(iso: string): void {
    this.base = Clock.parse(iso);
    this.wallAtBase = this.wall();
    this.runDue();
  }

  advance(seconds: number): void {
    this.base = Clock.checked(this.nowMs() + seconds * 1000);
    this.wallAtBase = this.wall();
    this.runDue();
  }

  /** Back to the start instant (a system clock: to the wall clock's now), every pending timer dropped. */
  reset(): void {
    this.timers = [];
    if (this.mode === 'system') this.set(new Date(this.wall()).toISOString());
    else this.set(this.start);
  }

  /**
   * Runs `fn` once the clock reaches now + delayMs. A frozen clock gets there only when
   * set or advanced (tests move time; nothing sleeps); a system clock also on its own.
   */
  schedule(delayMs: number, fn: () => void): number {
    const timer = { id: this.nextTimerId++, at: this.nowMs() + delayMs, fn };
    this.timers.push(timer);
    this.timers.sort((a, b) => a.at - b.at || a.id - b.id);
    if (this.mode === 'system') {
      const handle = setTimeout(() => this.runDue(), Math.max(0, delayMs)) as unknown as { unref?: () => void };
      handle.unref?.();
    }
    return timer.id;
  }

  cancel(id: number): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  private runDue(): void {
    const now = this.nowMs();
    while (this.timers[0] && this.timers[0].at <= now) this.timers.shift()!.fn();
  }
}
