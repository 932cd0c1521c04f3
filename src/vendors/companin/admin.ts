import { Hono } from 'hono';
import { readJsonObject } from '../../app/json-body.js';
import type { MockRuntime } from '../../app/runtime.js';
import { setHourlyRequests } from './limits.js';
import type { CompaninState } from './state.js';

/** /__admin/companin: set an organisation's requests this hour, to meet the 429 without 1,000 calls. */
export function companinAdmin(services: MockRuntime, state: () => CompaninState): Hono {
  const admin = new Hono();
  admin.put('/organisations/:clientId/usage', async (c) => {
    const org = state().orgByClientId(c.req.param('clientId'));
    if (!org) return c.json({ error: 'no organisation with that client_id' }, 404);
    const body = await readJsonObject(c.req.raw);
    if (body instanceof Response) return body;
    const used = body.requests_this_hour as number;
    if (!Number.isInteger(used) || used < 0)
      return c.json({ error: 'requests_this_hour: must be a non-negative integer' }, 400);
    setHourlyRequests(services, org, used);
    return c.json({ client_id: org.clientId, requests_this_hour: used });
  });
  return admin;
}
