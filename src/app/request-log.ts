import type { RawEntry } from '../core/journal-entry.js';
import { refusalOf, type Refusal } from '../core/refusal.js';

/** One answered request as the request log gives it (`MockOptions.onRequest`). */
export interface RequestLogEntry {
  /** When it was answered, by the wall clock (the journal keeps the mock clock's). */
  at: Date;
  /** Undefined for a path no vendor owns; `admin` for the mock's own controls. */
  vendor?: string;
  method: string;
  path: string;
  /** 0 for a dropped connection. */
  status: number;
  durationMs: number;
  operation?: string;
  refusal?: Refusal;
  notes?: string[];
  admin?: boolean;
}

/** A journaled request as the log gives it: the spec's violations and the error body are read here. */
export const logEntryOf = (e: RawEntry): RequestLogEntry => {
  const refusal = refusalOf({ ...e, violations: e.violations?.() ?? [] });
  return {
    at: new Date(),
    ...(e.vendor && { vendor: e.vendor }),
    method: e.method,
    path: e.path,
    status: e.status,
    durationMs: e.durationMs,
    ...(e.operationId && { operation: e.operationId }),
    ...(refusal && { refusal }),
    ...(e.notes && { notes: e.notes }),
  };
};
