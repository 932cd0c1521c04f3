import { bearerToken } from '../../app/credentials.js';
import { mask } from '../../core/redact.js';
import { statusIs } from '../../app/client-report.js';
import type { VendorModule } from '../../app/vendor-module.js';
import type { Account } from './state.js';

/** An Asyntai client is its API key; the error paths are the reference's error table, and 403. */
export const asyntaiReport: NonNullable<VendorModule<Account>['report']> = {
  client({ request, principal }) {
    const key = principal?.apiKey ?? bearerToken(request) ?? request.headers.get('x-api-key');
    // A key is a secret: named masked, as the journal shows it.
    return key ? `api key ${mask(key)}` : 'no credentials';
  },
  errorPaths: [
    { label: '400 invalid request', met: statusIs(400) },
    { label: '401 invalid API key', met: statusIs(401) },
    { label: '403 plan without API access', met: statusIs(403) },
    { label: '404 not found', met: statusIs(404) },
    { label: '429 plan limit reached', met: statusIs(429) },
    { label: '503 AI unavailable', met: statusIs(503) },
  ],
};
