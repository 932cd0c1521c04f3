import { bearerToken } from '../../app/credentials.js';
import { statusIs } from '../../app/client-report.js';
import type { VendorModule } from '../../app/vendor-module.js';
import type { CompaninPrincipal } from './auth.js';
import { unverifiedClaims } from './widget-token.js';

/**
 * A Companin client is its organisation's client_id, by key, widget token or body; the
 * error paths are those the vendor's widget handles (client-facts A.3, A.4).
 */
export const companinReport: NonNullable<VendorModule<CompaninPrincipal>['report']> = {
  client({ request, principal, input }) {
    const bearer = bearerToken(request);
    const id =
      principal?.org?.clientId ??
      request.headers.get('x-api-key') ??
      (bearer ? unverifiedClaims(bearer)?.sub : undefined) ??
      (input?.body as { client_id?: unknown } | undefined)?.client_id;
    return typeof id === 'string' && id ? `client ${id}` : 'no credentials';
  },
  errorPaths: [
    { label: '401 missing or invalid credentials', met: (a) => a.status === 401 && !/expired/.test(a.text ?? '') },
    { label: '401 expired widget token', met: (a) => a.status === 401 && /Token has expired/.test(a.text ?? '') },
    {
      label: 'origin refused (400 origin_not_allowed, 403 Origin mismatch)',
      met: (a) => /origin_not_allowed|Origin mismatch/.test(a.text ?? ''),
    },
    { label: '404 not found', met: statusIs(404) },
    { label: '410 session expired', met: statusIs(410) },
    { label: '422 validation', met: statusIs(422) },
    { label: '429 with Retry-After', met: (a) => a.status === 429 && a.retryAfter },
    { label: '503 AI unavailable', met: statusIs(503) },
    {
      label: 'SSE error event',
      met: (a) => /text\/event-stream/.test(a.contentType ?? '') && /"type":"error"/.test(a.text ?? ''),
    },
  ],
};
