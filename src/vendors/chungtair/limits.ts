import { isIpAddress } from '../../core/loopback.js';
import { retryAfterSeconds } from '../../core/rate-limiter.js';
import type { VendorLimits } from '../../app/vendor-module.js';
import { chungtairError } from './errors.js';
import type { Bot, ChungtairState } from './state.js';

/** Per visitor IP, as the vendor documents (openapi.yaml, the chungtair tag's `x-limits`). */
export const chungtairLimits: VendorLimits<Bot, ChungtairState> = {
  subject: (_limit, _bot, ctx) => ({ key: ctx.clientIp }),
  named: (_limit, ip) => (isIpAddress(ip) ? { key: ip } : undefined),
  known: () => 'a visitor IP address (IPv4 or IPv6)',
  refuse(_limit, standing, ctx) {
    return chungtairError(429, 'rate limited', {
      'retry-after': String(retryAfterSeconds(standing.resetAtMs, ctx.runtime.clock.nowMs())),
    });
  },
};
