import type { JournalCriteria } from '../core/journal.js';
import { didYouMean } from '../core/nearest.js';

const STRINGS = ['principal', 'session'] as const;
/** Every criterion a journal query takes; `limit` is the GET form's page size. */
const CRITERIA = ['vendor', 'operation', 'method', 'status', 'principal', 'session', 'since'] as const;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Journal criteria from a query string or a JSON body (the same names either way), or
 * the first thing wrong with them. A criterion or operation the mock does not know is
 * refused, not ignored: a count of everything, or of nothing, would pass for an answer.
 */
export function journalCriteria(
  input: Record<string, unknown>,
  vendors: string[],
  operations: readonly { id: string; vendor: string }[],
  extra: readonly string[] = [],
): JournalCriteria | string {
  const known = [...CRITERIA, ...extra];
  const unknown = Object.keys(input).find((k) => !known.includes(k));
  if (unknown !== undefined)
    return `${unknown}: not a journal criterion${didYouMean(unknown, known)}; criteria: ${CRITERIA.join(', ')}`;
  const out: JournalCriteria = {};
  const { vendor, status, since, operation, method } = input;
  if (vendor !== undefined) {
    if (typeof vendor !== 'string' || !vendors.includes(vendor))
      return `vendor: must be one of ${vendors.join(', ')}${didYouMean(String(vendor), vendors)}`;
    out.vendor = vendor;
  }
  if (operation !== undefined) {
    if (typeof operation !== 'string' || operation === '') return 'operation: must be a non-empty string';
    const ids = operations.filter((o) => out.vendor === undefined || o.vendor === out.vendor).map((o) => o.id);
    if (!ids.includes(operation))
      return `operation: ${operation} is not an operation${out.vendor ? ` of ${out.vendor}` : ''}${didYouMean(
        operation,
        ids,
      )}`;
    out.operation = operation;
  }
  if (method !== undefined) {
    if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase()))
      return `method: must be one of ${METHODS.join(', ')}`;
    out.method = method;
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
