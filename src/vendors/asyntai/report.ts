import { bearerToken } from '../../app/credentials.js';
import { mask } from '../../core/redact.js';
import type { VendorModule } from '../../app/vendor-module.js';
import type { Account } from './state.js';

const status = (s: number) => (a: { status: number }) => a.status === s;

/** An Asyntai client is its API key; the error paths are the reference's error table, and 403. */
export const asyntaiReport: NonNullable<VendorModule<Account>['report']> = {
  client({ request, principal }) {
    const key = principal?.apiKey ?? bearerToken(request) ?? request.headers.get('x-api-key');
    // A key is a secret: named masked, as the journal shows it.
    return key ? `api key ${mask(key)}` : 'no credentials';
  },
  errorPaths: [
    { label: '400 invalid request', met: status(400) },
    { label: '401 invalid API key', met: status(401) },
    { label: '403 plan without API access', met: status(403) },
    { label: '404 not found', met: status(404) },
    { label: '429 plan limit reached', met: status(429) },
    { label: '503 AI unavailable', met: status(503) },
  ],
};
