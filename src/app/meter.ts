import type { Answer } from './answer.js';
import type { LimitSpec } from '../spec/limits.js';
import type { LimitBook, LimitStanding, LimitSubject } from './limit-book.js';

const UNLIMITED = Number.MAX_SAFE_INTEGER;

/**
 * One request's view of its limits, given to the handler as `ctx.meter`. The limits stage
 * admits the request (rates) and takes per-request quotas; a handler that only learns an
 * amount while it works (characters uploaded, rows read) asks `take` or `cap`. What was
 * taken is given back unless the answer succeeded (`settle`), so a refused or failed
 * request costs the client nothing. With --unlimited every check passes and caps are Infinity.
 */
export class Meter {
  private readonly pending = new Map<LimitSpec, number>();

  constructor(
    private readonly book: LimitBook,
    private readonly specs: readonly LimitSpec[],
    private readonly subjectOf: (spec: LimitSpec) => LimitSubject,
    private readonly refuse: (spec: LimitSpec, standing: LimitStanding) => Answer,
    readonly unlimited: boolean,
  ) {}

  private spec(name: string): LimitSpec {
    const spec = this.specs.find((s) => s.name === name);
    if (!spec) throw new Error(`no limit ${name} applies to this operation`);
    return spec;
  }

  /** What this subject has used of a quota in the current window (the answer's own use not yet counted). */
  used(name: string): number {
    const spec = this.spec(name);
    return this.book.standing(spec, this.subjectOf(spec)).used;
  }

  /** The plan's ceiling, as the vendor reports it (even when --unlimited lifts it). */
  ceiling(name: string): number {
    const spec = this.spec(name);
    return this.book.ceiling(spec, this.subjectOf(spec).plan);
  }

  /** The most one request may carry: the plan's cap, or Infinity with --unlimited. */
  cap(name: string): number {
    return this.unlimited ? Infinity : this.ceiling(name);
  }

  /**
   * Takes `amount` of a quota for this answer: the vendor's refusal if it would pass the
   * limit (nothing is taken then). What is taken counts at once, so two requests in flight
   * cannot both spend the same allowance, and is given back if the answer fails.
   */
  take(name: string, amount: number): Answer | undefined {
    const spec = this.spec(name);
    const subject = this.subjectOf(spec);
    const standing = this.book.standing(spec, subject, amount);
    if (!standing.allowed && !this.unlimited) return this.refuse(spec, { ...standing, requested: amount });
    this.book.charge(spec, subject, amount);
    this.pending.set(spec, (this.pending.get(spec) ?? 0) + amount);
    return undefined;
  }

  /** This answer does not count against the quota after all (a human, not the AI, answered). */
  waive(name: string): void {
    const spec = this.spec(name);
    this.book.charge(spec, this.subjectOf(spec), -(this.pending.get(spec) ?? 0));
    this.pending.delete(spec);
  }

  /** Runs in the limits stage before the handler: rates count the request; per-request quotas are checked. */
  admit(): { refusal?: Answer; standings: [LimitSpec, LimitStanding][] } {
    const standings: [LimitSpec, LimitStanding][] = [];
    for (const spec of this.specs) {
      if (spec.kind === 'rate') {
        const standing = this.unlimited ? this.lifted(spec) : this.book.admit(spec, this.subjectOf(spec));
        standings.push([spec, standing]);
        if (!standing.allowed) return { refusal: this.refuse(spec, standing), standings };
      } else if (spec.kind === 'quota' && spec.unit === undefined) {
        const refusal = this.take(spec.name, 1);
        if (refusal) return { refusal, standings };
      }
    }
    return { standings };
  }

  /** Keeps what was taken if the answer succeeded; gives it back if not. */
  settle(succeeded: boolean): void {
    if (!succeeded) for (const [spec, amount] of this.pending) this.book.charge(spec, this.subjectOf(spec), -amount);
    this.pending.clear();
  }

  private lifted(spec: LimitSpec): LimitStanding {
    const { resetAtMs } = this.book.standing(spec, this.subjectOf(spec));
    return { allowed: true, limit: UNLIMITED, used: 0, remaining: UNLIMITED, resetAtMs };
  }
}
