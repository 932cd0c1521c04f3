import type { RequestView } from '../core/request-view.js';
/**
 * Browsers forbid scripts to set `Origin`, so a Request rebuilt inside a page (the msw
 * browser adapter) cannot carry it; the adapter sends the page's origin in this header
 * instead. The real header always wins.
 */
export const PAGE_ORIGIN_HEADER = 'x-supportbot-page-origin';

export function requestOrigin(request: RequestView): string | null {
  return request.headers.get('origin') ?? request.headers.get(PAGE_ORIGIN_HEADER);
}
