/**
 * Faults an integrator switches on through POST /__admin/faults to see how a client copes.
 * Each names a vendor (or `*`), a type, and optionally how many requests it hits before it
 * clears itself. New fault types are added to FAULT_TYPES; the admin body stays the same.
 */
export const FAULT_TYPES = ['ai_unavailable'] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export interface Fault {
  id: number;
  vendor: string;
  type: FaultType;
  /** Requests left to hit; null means until cleared. */
  remaining: number | null;
}

export class Faults {
  private faults: Fault[] = [];
  private nextId = 1;

  add(vendor: string, type: FaultType, times: number | null = null): Fault {
    const fault = { id: this.nextId++, vendor, type, remaining: times };
    this.faults.push(fault);
    return fault;
  }

  /** True when a matching fault is on; consumes one of its remaining hits. */
  trigger(vendor: string, type: FaultType): boolean {
    const fault = this.faults.find((f) => f.type === type && (f.vendor === vendor || f.vendor === '*'));
    if (!fault) return false;
    if (fault.remaining !== null && --fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return true;
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }
}
