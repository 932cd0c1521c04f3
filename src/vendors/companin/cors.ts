import { emptyAnswer, type Answer } from '../../app/answer.js';
import type { RequestView } from '../../core/request-view.js';

const DEFAULT_ALLOWED_HEADERS =
  'Authorization, Content-Type, X-API-Key, X-API-Secret, Idempotency-Key, Accept, ' +
  'X-Embed-Origin, X-Widget-Loader-Version';
const EXPOSED = 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, Retry-After';

/** "All endpoints support CORS ... credentials are supported": the Origin is echoed, never `*`. */
export const companinCors = {
  preflight(request: RequestView): Answer {
    const origin = request.headers.get('origin');
    return emptyAnswer(204, {
      ...(origin ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {}),
      'access-control-allow-methods': 'GET, POST, PATCH, OPTIONS',
      'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? DEFAULT_ALLOWED_HEADERS,
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  },
  decorate(request: RequestView, response: Answer): void {
    const origin = request.headers.get('origin');
    if (origin) {
      response.headers.set('access-control-allow-origin', origin);
      response.headers.set('access-control-allow-credentials', 'true');
      response.headers.set('access-control-expose-headers', EXPOSED);
    }
    response.headers.append('vary', 'Origin');
  },
};
