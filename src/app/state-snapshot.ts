import { Table } from '../core/table.js';
import type { KnowledgeEntryInput } from '../services/knowledge/knowledge-store.js';
import type { MockRuntime } from './runtime.js';
import type { VendorModule } from './vendor-module.js';

/**
 * The whole state as versioned JSON (GET and PUT /__admin/state, `--state FILE`): every
 * vendor's records, the shared knowledge, the limit counters, the clock and the id
 * sequence. Not kept: the journal, faults and webhook deliveries in flight, which are
 * about a run, not about the data.
 */
const STATE_FORMAT = 'supportbot-mock/state';
const STATE_VERSION = 1;

export class StateError extends Error {}

// Maps and Sets inside records (a session's Idempotency-Keys, its files) survive JSON this way.
const replacer = (_key: string, value: unknown) =>
  value instanceof Map ? { $map: [...value] } : value instanceof Set ? { $set: [...value] } : value;
const reviver = (_key: string, value: any) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Array.isArray(value.$map)
      ? new Map(value.$map)
      : Array.isArray(value.$set)
        ? new Set(value.$set)
        : value
    : value;

/** Each property of a vendor's state: a table as its records (least recently active first), the rest as is. */
function dumpVendor(state: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [k, v instanceof Table ? { $table: v.dump() } : v]));
}

export function exportState(runtime: MockRuntime, modules: readonly VendorModule[]): string {
  const snapshot = {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    saved_at: runtime.clock.iso(),
    clock: { mode: runtime.config.clockMode, now: runtime.clock.iso() },
    ids: runtime.random.position,
    vendors: Object.fromEntries(modules.map((m) => [m.name, dumpVendor(runtime.stateOf(m.name) as object)])),
    knowledge: runtime.knowledge.dump(),
    limits: runtime.limits.dump(),
  };
  return JSON.stringify(snapshot, replacer);
}

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);

function checkKnowledge(entries: unknown): KnowledgeEntryInput[] {
  if (!Array.isArray(entries)) throw new StateError('knowledge: must be a list');
  for (const [i, e] of entries.entries())
    if (
      !isObject(e) ||
      typeof e.id !== 'string' ||
      typeof e.scope !== 'string' ||
      typeof e.title !== 'string' ||
      !Array.isArray(e.chunks) ||
      !e.chunks.every((c: unknown) => typeof c === 'string')
    )
      throw new StateError(`knowledge[${i}]: not a knowledge entry`);
  return entries as KnowledgeEntryInput[];
}

/**
 * Restores a snapshot. Everything is read and rebuilt aside first; only when the whole of
 * it is sound does it replace the running state, so a damaged file or one from another
 * version changes nothing.
 */
export function importState(runtime: MockRuntime, modules: readonly VendorModule[], text: string): void {
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(text, reviver);
  } catch (e) {
    throw new StateError(`not JSON (${(e as Error).message})`);
  }
  if (!isObject(snapshot) || snapshot.format !== STATE_FORMAT)
    throw new StateError(`not a supportbot-mock state (format must be "${STATE_FORMAT}")`);
  if (snapshot.version !== STATE_VERSION)
    throw new StateError(
      `state version ${String(snapshot.version)}; this supportbot-mock reads version ${STATE_VERSION}`,
    );
  if (!isObject(snapshot.vendors)) throw new StateError('vendors: missing');
  if (!Number.isInteger(snapshot.ids)) throw new StateError('ids: missing');
  if (!isObject(snapshot.limits)) throw new StateError('limits: missing');
  if (!isObject(snapshot.clock) || Number.isNaN(Date.parse(snapshot.clock.now)))
    throw new StateError('clock.now: missing');
  const knowledge = checkKnowledge(snapshot.knowledge);

  const states = new Map<string, unknown>();
  for (const m of modules) {
    const saved = snapshot.vendors[m.name];
    if (!isObject(saved)) throw new StateError(`vendors.${m.name}: missing`);
    const fresh = m.seed({}, runtime) as Record<string, unknown>;
    for (const [key, value] of Object.entries(saved)) {
      if (!(key in fresh)) throw new StateError(`vendors.${m.name}.${key}: not part of this version's state`);
      const target = fresh[key];
      if (target instanceof Table) {
        if (!isObject(value) || !Array.isArray(value.$table))
          throw new StateError(`vendors.${m.name}.${key}: must be a table`);
        target.load(value.$table);
      } else fresh[key] = value;
    }
    states.set(m.name, fresh);
  }

  runtime.replaceStates(states);
  runtime.knowledge.load(knowledge);
  runtime.limits.load(snapshot.limits);
  runtime.random.position = snapshot.ids;
  // A frozen clock resumes where it stood; one following the wall keeps following it.
  if (runtime.config.clockMode === 'frozen') runtime.clock.set(snapshot.clock.now);
}
