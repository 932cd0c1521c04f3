import { FAULT_TYPES, type FaultSpec, type FaultType } from '../core/faults.js';
import { didYouMean } from '../core/nearest.js';
import type { Operation } from '../spec/operations.js';

/** The longest pause a latency fault may ask for: long enough for any client timeout. */
const MAX_LATENCY_MS = 120_000;

const isMs = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_LATENCY_MS;

const hint = (given: unknown, known: readonly string[]) => (typeof given === 'string' ? didYouMean(given, known) : '');

const KEYS = [
  'vendor',
  'type',
  'operation',
  'principal',
  'session',
  'status',
  'latency_ms',
  'after_tokens',
  'times',
  'probability',
];

const streams = (o: Operation) => Object.values(o.responses).some((r) => r?.content?.['text/event-stream']);

/** The operations a fault can hit: those under its criteria that can answer as it asks. */
function reachable(spec: FaultSpec, mine: Operation[]): Operation[] {
  const under = mine.filter((o) => !spec.operation || o.id === spec.operation);
  if (spec.type === 'status') return under.filter((o) => String(spec.status) in o.responses);
  if (spec.type === 'cut_stream') return under.filter(streams);
  // The AI-down answer (500 or 503) is documented exactly where a reply is asked for.
  if (spec.type === 'ai_unavailable') return under.filter((o) => '500' in o.responses || '503' in o.responses);
  return under;
}

/**
 * A fault from POST /__admin/faults with the operations it applies to, or the first thing
 * wrong with it. A `status` must be one the spec documents as an error for the operation
 * (or, with no operation, for one of the vendor's), so a fault never makes the mock answer
 * what the vendor would not; a fault no operation can meet is refused, not kept idle.
 */
export function faultSpec(
  body: Record<string, unknown>,
  vendors: string[],
  ops: Operation[],
): { spec: FaultSpec; appliesTo: string[] } | string {
  const unknown = Object.keys(body).find((k) => !KEYS.includes(k));
  if (unknown !== undefined)
    return `${unknown}: not a fault field${didYouMean(unknown, KEYS)}; fields: ${KEYS.join(', ')}`;
  const {
    vendor = '*',
    type,
    operation,
    principal,
    session,
    status,
    latency_ms,
    after_tokens,
    times,
    probability,
  } = body;
  if (!FAULT_TYPES.includes(type as FaultType))
    return `type: must be one of ${FAULT_TYPES.join(', ')}${hint(type, FAULT_TYPES)}`;
  if (vendor !== '*' && !vendors.includes(vendor as string))
    return `vendor: must be ${vendors.join(', ')} or *${hint(vendor, vendors)}`;
  const spec: FaultSpec = { vendor: vendor as string, type: type as FaultType };
  // The shorthand answers from inside the vendor's reply code, which knows only the vendor.
  if (type === 'ai_unavailable' && [operation, principal, session].some((v) => v !== undefined))
    return 'ai_unavailable applies to a whole vendor: use type "status" for an operation, client or session';
  const mine = ops.filter((o) => o.method !== 'OPTIONS' && (vendor === '*' || o.vendor === vendor));
  if (operation !== undefined) {
    const op = mine.find((o) => o.id === operation);
    const ids = mine.map((o) => o.id);
    if (!op)
      return (
        `operation: ${String(operation)} is not an operation of ${vendor === '*' ? 'any vendor' : String(vendor)}` +
        hint(operation, ids)
      );
    spec.operation = op.id;
  }
  for (const [key, v] of Object.entries({ principal, session })) {
    if (v === undefined) continue;
    if (typeof v !== 'string' || !v) return `${key}: must be a non-empty string`;
    spec[key as 'principal' | 'session'] = v;
  }
  if (type === 'status') {
    const code = Number(status);
    const documented = (o: Operation) => Object.keys(o.responses).includes(String(code));
    if (!Number.isInteger(code) || code < 400 || code > 599) return 'status: must be an error status (400-599)';
    if (!mine.filter((o) => !spec.operation || o.id === spec.operation).some(documented)) {
      const where = mine.filter(documented).map((o) => o.id);
      return (
        `status: ${code} is not documented for ${spec.operation ?? `any operation of ${String(vendor)}`}` +
        (where.length ? `; it is for ${where.join(', ')}` : `; no operation of ${String(vendor)} documents it`)
      );
    }
    spec.status = code;
  }
  if (type === 'latency') {
    const range = latency_ms as { min?: unknown; max?: unknown } | undefined;
    if (isMs(latency_ms)) spec.latency_ms = latency_ms as number;
    else if (range && isMs(range.min) && isMs(range.max) && (range.min as number) <= (range.max as number))
      spec.latency_ms = { min: range.min as number, max: range.max as number };
    else return `latency_ms: milliseconds from 0 to ${MAX_LATENCY_MS}, or {"min", "max"}`;
  }
  if (type === 'cut_stream') {
    if (!(Number.isInteger(after_tokens) && (after_tokens as number) >= 0)) return 'after_tokens: a count of tokens';
    spec.after_tokens = after_tokens as number;
    if (!reachable(spec, mine).length)
      return `type: cut_stream needs an operation that streams; ${spec.operation ?? String(vendor)} has none`;
  }
  if (times !== undefined && times !== null) {
    if (!(Number.isInteger(times) && (times as number) > 0)) return 'times: must be a positive integer or null';
    spec.times = times as number;
  }
  if (probability !== undefined) {
    if (typeof probability !== 'number' || !(probability > 0 && probability <= 1))
      return 'probability: must be a number above 0 and at most 1';
    spec.probability = probability;
  }
  return { spec, appliesTo: reachable(spec, mine).map((o) => o.id) };
}
