import { statusIs } from '../../app/client-report.js';
import type { VendorModule } from '../../app/vendor-module.js';
import type { Account } from './state.js';

/** A __Vendor__ client is the API key it sends. */
export const __vendor__Report: NonNullable<VendorModule<Account>['report']> = {
  client: ({ request }) => {
    const key = request.headers.get('x-api-key');
    return key ? `key ${key}` : 'no key';
  },
  errorPaths: [
    { label: '401 invalid API key', met: statusIs(401) },
    { label: '429 with Retry-After', met: (a) => a.status === 429 && a.retryAfter },
  ],
};
