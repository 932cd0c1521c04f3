import type { VendorLimits } from '../../app/vendor-module.js';
import { retryAfterSeconds } from '../../core/rate-limiter.js';
import { __vendor__Error } from './errors.js';
import type { Account, __Vendor__State } from './state.js';

/** Per API key (openapi.yaml, the __vendor__ tag's `x-limits`); a 429 carries Retry-After. */
export const __vendor__Limits: VendorLimits<Account, __Vendor__State> = {
  subject: (_limit, account) => ({ key: account.key }),
  named: (_limit, key, state) => (state.accounts.get(key) ? { key } : undefined),
  known: (_limit, state) => `an API key: ${[...state.accounts.values()].map((a) => a.key).join(', ')}`,
  refuse(_limit, standing, ctx) {
    return __vendor__Error(429, 'rate limited', {
      'retry-after': String(retryAfterSeconds(standing.resetAtMs, ctx.runtime.clock.nowMs())),
    });
  },
};
