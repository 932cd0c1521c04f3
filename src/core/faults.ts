import { SeededRandom } from './random.js';

/**
 * Faults an integrator switches on through POST /__admin/faults to see how a client copes:
 * - `ai_unavailable`: the vendor's own "AI is down" answer (503, 500, or an SSE error event);
 * - `status`: any error status the spec documents for the operation, in the vendor's shape;
 * - `latency`: a pause before the answer (fixed, or a seeded range), and between SSE tokens;
 * - `drop`: the connection is destroyed (through msw, a network error);
 * - `malformed`: a 200 whose JSON is cut in half;
 * - `cut_stream`: an event stream that ends after N tokens, without `done`.
 * Each names a vendor (or `*`), optionally an operation, a client and a session, and may
 * hit only `times` requests, each with a seeded `probability`. Hits are counted.
 */
export const FAULT_TYPES = ['ai_unavailable', 'status', 'latency', 'drop', 'malformed', 'cut_stream'] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export interface FaultSpec {
  vendor: string;
  type: FaultType;
  operation?: string;
  /** Part of the client's name as the report and journal give it. */
  principal?: string;
  session?: string;
  /** For `status`. */
  status?: number;
  /** For `latency`: milliseconds, or a range drawn from with the seed. */
  latency_ms?: number | { min: number; max: number };
  /** For `cut_stream`: tokens written before the stream ends. */
  after_tokens?: number;
  /** Requests left to hit; null means until cleared. */
  times?: number | null;
  /** The share of matching requests hit, drawn with the seed. */
  probability?: number;
}

export interface Fault extends FaultSpec {
  id: number;
  remaining: number | null;
  hits: number;
}

/** What a request is, for matching it against faults. */
export interface FaultTarget {
  vendor: string;
  operation?: string;
  principal?: string;
  session?: string;
  /** Whether the operation documents a status: a `status` fault hits only where it may. */
  documents?: (status: number) => boolean;
}

export class Faults {
  private faults: Fault[] = [];
  private nextId = 1;
  private random: SeededRandom;

  constructor(private readonly seed = 1) {
    this.random = new SeededRandom(seed);
  }

  add(spec: FaultSpec): Fault;
  add(vendor: string, type: FaultType, times?: number | null): Fault;
  add(spec: FaultSpec | string, type?: FaultType, times: number | null = null): Fault {
    const s: FaultSpec = typeof spec === 'string' ? { vendor: spec, type: type!, times } : spec;
    const fault: Fault = { ...s, id: this.nextId++, remaining: s.times ?? null, hits: 0 };
    this.faults.push(fault);
    return { ...fault };
  }

  /**
   * The first fault of these types that matches the request and, by its probability, hits
   * it; consumes one of its remaining hits and counts it.
   */
  take(target: FaultTarget, types: readonly FaultType[]): Fault | undefined {
    for (const fault of this.faults) {
      if (!types.includes(fault.type)) continue;
      if (fault.vendor !== '*' && fault.vendor !== target.vendor) continue;
      if (fault.operation !== undefined && fault.operation !== target.operation) continue;
      if (fault.session !== undefined && fault.session !== target.session) continue;
      if (fault.principal !== undefined && !target.principal?.includes(fault.principal)) continue;
      if (fault.status !== undefined && target.documents?.(fault.status) === false) continue;
      if (fault.probability !== undefined && this.random.next() >= fault.probability) continue;
      fault.hits++;
      if (fault.remaining !== null && --fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
      return { ...fault };
    }
    return undefined;
  }

  /** True when an `ai_unavailable` fault hits this vendor's request. */
  trigger(vendor: string, type: 'ai_unavailable', target: Omit<FaultTarget, 'vendor'> = {}): boolean {
    return this.take({ vendor, ...target }, [type]) !== undefined;
  }

  /** A latency fault's pause: its fixed value, or one drawn from its range with the seed. */
  latency(fault: Fault): number {
    const l = fault.latency_ms ?? 0;
    return typeof l === 'number' ? l : Math.round(l.min + this.random.next() * (l.max - l.min));
  }

  /** No fault is set: the fault stage then costs a request nothing. */
  get empty(): boolean {
    return this.faults.length === 0;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  remove(id: number): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length < before;
  }

  clear(): void {
    this.faults = [];
    this.random = new SeededRandom(this.seed);
  }
}
