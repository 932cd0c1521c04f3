import type { LimitDecision, StageContext } from '../../app/vendor-module.js';
import type { CompaninPrincipal } from './auth.js';
import { companinError } from './errors.js';

/**
 * 1000 requests per clock hour per organisation. Every answer to an identified
 * organisation carries X-RateLimit-* (names assumed, docs/fidelity.md); a 429 adds Retry-After.
 */
export function companinLimits({ services }: StageContext, { org }: CompaninPrincipal): LimitDecision {
  const d = services.companin.hourly.hit(org.id);
  const limit = services.config.unlimited ? Number.MAX_SAFE_INTEGER : d.limit;
  const headers = {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(services.config.unlimited ? limit : Math.max(0, d.remaining)),
    'x-ratelimit-reset': String(Math.floor(d.resetAtMs / 1000)),
  };
  if (d.allowed || services.config.unlimited) return { headers };
  const retryAfter = Math.max(1, Math.ceil((d.resetAtMs - services.clock.nowMs()) / 1000));
  const refuse = companinError(429, `Rate limit exceeded: ${d.limit} requests per hour`);
  refuse.headers.set('retry-after', String(retryAfter));
  return { headers, refuse };
}
