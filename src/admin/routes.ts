import { Hono } from 'hono';
import { journalCriteria } from './journal-criteria.js';
import { readJsonObject } from '../app/json-body.js';
import type { MockRuntime } from '../app/runtime.js';
import type { VendorModule } from '../app/vendor-module.js';
import { FAULT_TYPES } from '../core/faults.js';
import { operationsOf } from '../spec/operations.js';
import { exportState, importState, StateError } from '../app/state-snapshot.js';
import { faultSpec } from './fault-spec.js';

const bad = (error: string) => Response.json({ error }, { status: 400 });

/**
 * The mock's own control surface, under /__admin: never part of any vendor's API. Each
 * vendor's own routes are mounted at /__admin/<name>.
 */
export function adminRoutes(runtime: MockRuntime, vendors: readonly VendorModule[]): Hono {
  const names = vendors.map((v) => v.name);
  const operations = operationsOf(runtime.spec);
  const admin = new Hono();

  admin.post('/reset', (c) => {
    runtime.reset();
    return c.json({ ok: true, now: runtime.clock.iso() });
  });

  admin.get('/clock', (c) => c.json({ now: runtime.clock.iso() }));
  admin.post('/clock', async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    try {
      if (typeof body.set === 'string') runtime.clock.set(body.set);
      else if (typeof body.advance_seconds === 'number') runtime.clock.advance(body.advance_seconds);
      else return bad('send {"set": ISO} or {"advance_seconds": N}');
    } catch (e) {
      // An instant that is not ISO 8601, or outside what the clock can write: nothing moved.
      if (e instanceof RangeError) return bad(`${'set' in body ? 'set' : 'advance_seconds'}: ${e.message}`);
      throw e;
    }
    return c.json({ now: runtime.clock.iso() });
  });

  admin.get('/faults', (c) => c.json({ faults: runtime.faults.list(), types: FAULT_TYPES }));
  admin.post('/faults', async (c) => {
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const made = faultSpec(body, names, operations);
    if (typeof made === 'string') return bad(made);
    return c.json({ fault: runtime.faults.add(made.spec), applies_to: made.appliesTo }, 201);
  });
  admin.delete('/faults', (c) => {
    runtime.faults.clear();
    return c.json({ faults: [] });
  });
  admin.delete('/faults/:id', (c) =>
    runtime.faults.remove(Number(c.req.param('id')))
      ? c.json({ faults: runtime.faults.list() })
      : c.json({ error: 'no fault with that id' }, 404),
  );

  // The journal, filtered (WireMock's verify: count and find take the same criteria).
  admin.get('/journal', (c) => {
    const criteria = journalCriteria(c.req.query(), names, operations, ['limit']);
    if (typeof criteria === 'string') return bad(criteria);
    const limit = Math.min(Number(c.req.query('limit') ?? 100) || 100, runtime.journal.capacity);
    return c.json({ entries: runtime.journal.entries(limit, criteria) });
  });
  for (const verb of ['count', 'find'] as const)
    admin.post(`/journal/${verb}`, async (c) => {
      const body = await readJsonObject(c.req.raw, { optional: true });
      if (body instanceof Response) return body;
      const criteria = journalCriteria(body, names, operations);
      if (typeof criteria === 'string') return bad(criteria);
      return verb === 'count'
        ? c.json({ count: runtime.journal.count(criteria) })
        : c.json({ entries: runtime.journal.entries(runtime.journal.capacity, criteria) });
    });

  // What the dashboard (served before the guard, in admin-app) polls each second.
  admin.get('/overview', (c) => {
    const limit = Math.min(Math.max(Number(c.req.query('limit') ?? 50) || 50, 1), 500);
    return c.json({
      now: runtime.clock.iso(),
      clock_mode: runtime.config.clockMode,
      vendors: Object.fromEntries(vendors.map((v) => [v.name, v.overview?.(runtime.stateOf(v.name), limit) ?? {}])),
      operations: Object.fromEntries(
        vendors.map((v) => [
          v.name,
          operations.filter((o) => o.vendor === v.name && o.method !== 'OPTIONS').map((o) => o.id),
        ]),
      ),
      webhook_deliveries: runtime.webhooks.list(limit).map(({ payload: _payload, ...d }) => d),
      faults: runtime.faults.list(),
      fault_types: FAULT_TYPES,
      journal: runtime.journal.entries(limit),
    });
  });

  // What a subject has used of any counted limit the spec declares: meet a 429 without
  // sending N requests. Vendors' older usage routes under their own admin set the same counts.
  admin.put('/limits/:vendor/:limit/:subject', async (c) => {
    const vendor = vendors.find((v) => v.name === c.req.param('vendor'));
    if (!vendor) return bad(`unknown vendor ${c.req.param('vendor')}: one of ${names.join(', ')}`);
    const declared = runtime.limits.specs.filter((s) => s.vendor === vendor.name && runtime.limits.counts(s));
    const limit = declared.find((s) => s.name === c.req.param('limit'));
    if (!limit || !vendor.limits)
      return bad(
        `${vendor.name} counts no limit ${c.req.param('limit')}: one of ${declared.map((s) => s.name).join(', ')}`,
      );
    const state = runtime.stateOf(vendor.name);
    const subject = vendor.limits.named(limit, c.req.param('subject'), state);
    if (!subject)
      return bad(`unknown subject ${c.req.param('subject')} for ${limit.name}: ${vendor.limits.known(limit, state)}`);
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    if (!Number.isInteger(body.used) || (body.used as number) < 0) return bad('used: must be a non-negative integer');
    runtime.limits.setUsed(limit, subject, body.used as number);
    const { used, limit: ceiling, resetAtMs } = runtime.limits.standing(limit, subject);
    return c.json({
      vendor: vendor.name,
      limit: limit.name,
      subject: c.req.param('subject'),
      used,
      of: ceiling,
      resets_at: new Date(resetAtMs).toISOString(),
    });
  });

  // The whole state as versioned JSON, and back (app/state-snapshot.ts).
  admin.get('/state', (c) => c.body(exportState(runtime, vendors), 200, { 'content-type': 'application/json' }));
  admin.put('/state', async (c) => {
    try {
      importState(runtime, vendors, await c.req.text());
    } catch (e) {
      if (e instanceof StateError) return bad(`state: ${e.message}`);
      throw e;
    }
    return c.json({ restored: true, now: runtime.clock.iso() });
  });

  // What each client under test did: coverage, error paths met, requests the spec rejected.
  admin.get('/report', (c) => c.json({ ...runtime.report.snapshot(), upstream_drift: runtime.drift.list() }));

  // What the state holds, in counts: a request that was refused must leave this unchanged.
  admin.get('/census', (c) =>
    c.json({
      vendors: Object.fromEntries(vendors.map((v) => [v.name, v.census(runtime.stateOf(v.name))])),
      knowledge: runtime.knowledge.census(),
      quotas: runtime.limits.quotaTotals(),
      webhook_deliveries: runtime.webhooks.list().length,
    }),
  );

  admin.get('/webhooks/deliveries', (c) => {
    const limit = Math.min(Number(c.req.query('limit') ?? 100) || 100, runtime.webhooks.capacity);
    const deliveries = runtime.webhooks.list(limit).map(({ payload, ...d }) => ({
      id: d.id,
      webhook_id: d.webhookId,
      event: d.event,
      url: d.url,
      state: d.state,
      attempts: d.attempts,
      last_status: d.lastStatus,
      last_error: d.lastError,
      next_attempt_at: d.nextAttemptAt,
      created_at: d.createdAt,
      payload: JSON.parse(payload),
    }));
    return c.json({ deliveries, failed_for_capacity: runtime.webhooks.failedForCapacity });
  });

  for (const v of vendors)
    if (v.admin)
      admin.route(
        `/${v.name}`,
        v.admin(runtime, () => runtime.stateOf(v.name)),
      );

  admin.notFound((c) => c.json({ error: `No admin endpoint ${c.req.method} ${c.req.path}` }, 404));
  return admin;
}
