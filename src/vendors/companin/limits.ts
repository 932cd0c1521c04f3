import type { MockRuntime } from '../../app/runtime.js';
import type { VendorLimits } from '../../app/vendor-module.js';
import { retryAfterSeconds } from '../../core/rate-limiter.js';
import type { CompaninPrincipal } from './auth.js';
import { companinError } from './errors.js';
import type { Organisation } from './model.js';
import type { CompaninState } from './state.js';

/**
 * Per organisation and clock hour (openapi.yaml, the companin tag's `x-limits`). Every
 * answer to an identified organisation carries X-RateLimit-* (names assumed,
 * docs/fidelity.md); a 429 adds Retry-After.
 */
export const companinLimits: VendorLimits<CompaninPrincipal, CompaninState> = {
  // An anonymous call that names no organisation (health, UI translations) counts against its IP.
  subject: (_limit, { org }, ctx) => ({ key: org ? org.id : `ip:${ctx.clientIp}` }),
  named(_limit, clientId, state) {
    const org = state.orgByClientId(clientId);
    return org && { key: org.id };
  },
  known: (_limit, state) =>
    `an organisation's client_id: ${state.orgs
      .dump()
      .map((o) => o.clientId)
      .join(', ')}`,
  headers: (_limit, standing) => ({
    'x-ratelimit-limit': String(standing.limit),
    'x-ratelimit-remaining': String(standing.remaining),
    'x-ratelimit-reset': String(Math.floor(standing.resetAtMs / 1000)),
  }),
  refuse(_limit, standing, ctx) {
    return companinError(429, `Rate limit exceeded: ${standing.limit} requests per hour`, undefined, {
      'retry-after': String(retryAfterSeconds(standing.resetAtMs, ctx.runtime.clock.nowMs())),
    });
  },
};

/** Sets an organisation's requests this hour (admin: meet the 429 without 1,000 requests). */
export function setHourlyRequests(runtime: MockRuntime, org: Organisation, used: number): void {
  runtime.limits.setUsed(runtime.limits.find('companin', 'requests-per-hour')!, { key: org.id }, used);
}
