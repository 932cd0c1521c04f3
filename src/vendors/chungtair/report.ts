import { statusIs } from '../../app/client-report.js';
import type { VendorModule } from '../../app/vendor-module.js';
import type { Bot } from './state.js';

/** A Chungtair client is the widget token it sends; a paused bot is a 200 with success:false. */
export const chungtairReport: NonNullable<VendorModule<Bot>['report']> = {
  client({ request, input }) {
    const token =
      (input?.query as { token?: unknown } | undefined)?.token ??
      (input?.body as { token?: unknown } | undefined)?.token ??
      new URL(request.url).searchParams.get('token');
    return typeof token === 'string' && token ? `token ${token}` : 'no token';
  },
  errorPaths: [
    { label: '400 bad request', met: statusIs(400) },
    { label: '404 invalid token', met: statusIs(404) },
    { label: '429 with Retry-After', met: (a) => a.status === 429 && a.retryAfter },
    { label: '500 AI error', met: statusIs(500) },
    {
      label: 'paused bot (200, success:false)',
      met: (a) => a.operationId === 'chungtairMessage' && a.status === 200 && /"success":false/.test(a.text ?? ''),
    },
  ],
};
