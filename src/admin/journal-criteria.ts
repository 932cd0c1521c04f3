import type { JournalCriteria } from '../core/journal.js';

const STRINGS = ['operation', 'method', 'principal', 'session'] as const;

/**
 * Journal criteria from a query string or a JSON body (the same names either way), or
 * the first thing wrong with them.
 */
export function journalCriteria(input: Record<string, unknown>, vendors: string[]): JournalCriteria | string {
  const out: JournalCriteria = {};
  const { vendor, status, since } = input;
  if (vendor !== undefined) {
    if (typeof vendor !== 'string' || !vendors.includes(vendor)) return `vendor: must be one of ${vendors.join(', ')}`;
    out.vendor = vendor;
  }
  if (status !== undefined) {
    const n = Number(status);
    if (!Number.isInteger(n) || n < 100 || n > 599) return 'status: must be an HTTP status from 100 to 599';
    out.status = n;
  }
  if (since !== undefined) {
    if (typeof since !== 'string' || Number.isNaN(Date.parse(since))) return 'since: must be an ISO 8601 instant';
    out.since = since;
  }
  for (const key of STRINGS) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v === '') return `${key}: must be a non-empty string`;
    out[key] = v;
  }
  return out;
}
