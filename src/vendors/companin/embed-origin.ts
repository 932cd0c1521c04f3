import type { RequestView } from '../../core/request-view.js';
import { requestOrigin } from '../../app/request-origin.js';

/**
 * The origin a widget call speaks for. Embedded in an iframe, the widget sends the host
 * page's origin in `X-Embed-Origin` (its browser `Origin` is the widget's own host), so
 * that comes first, then `Origin`, then the origin of `Referer` (client-facts A, "Origin
 * headers"). Widget tokens are minted for it and pinned to it.
 */
export function embedOrigin(request: RequestView): string | null {
  const embed = request.headers.get('x-embed-origin');
  if (embed) return embed;
  const origin = requestOrigin(request);
  if (origin) return origin;
  const referer = request.headers.get('referer');
  return referer && URL.canParse(referer) ? new URL(referer).origin : null;
}
