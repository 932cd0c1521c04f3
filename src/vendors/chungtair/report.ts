import type { VendorModule } from '../../app/vendor-module.js';
import type { Bot } from './state.js';

const status = (s: number) => (a: { status: number }) => a.status === s;

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
    { label: '400 bad request', met: status(400) },
    { label: '404 invalid token', met: status(404) },
    { label: '429 with Retry-After', met: (a) => a.status === 429 && a.retryAfter },
    { label: '500 AI error', met: status(500) },
    {
      label: 'paused bot (200, success:false)',
      met: (a) => a.operationId === 'chungtairMessage' && a.status === 200 && /"success":false/.test(a.text ?? ''),
    },
  ],
};
