/**
 * The one source of time. Frozen by default so that two runs given the same requests
 * produce byte-identical bodies; `system` mode follows the wall clock from its start
 * instant, for people who want windows to roll on their own.
 */
export type ClockMode = 'frozen' | 'system';

export const DEFAULT_START = '2025-06-02T09:00:00.000Z';

export class Clock {
  private base: number;
  private wallAtBase: number;

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
    return ms;
  }

  nowMs(): number {
    return this.mode === 'frozen' ? this.base : this.base + (this.wall() - this.wallAtBase);
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  iso(): string {
    return this.now().toISOString();
  }

  set(iso: string): void {
    this.base = Clock.parse(iso);
    this.wallAtBase = this.wall();
  }

  advance(seconds: number): void {
    this.base = this.nowMs() + seconds * 1000;
    this.wallAtBase = this.wall();
  }

  reset(): void {
    this.set(this.start);
  }
}
