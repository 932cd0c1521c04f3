import { emptyAnswer, type Answer } from '../../app/answer.js';
import type { RequestView } from '../../core/request-view.js';

/** From the vendor's English docs: any Origin, echoed, on all three endpoints. */
export const chungtairCors = {
  preflight(request: RequestView): Answer {
    const origin = request.headers.get('origin');
    return emptyAnswer(204, {
      ...(origin ? { 'access-control-allow-origin': origin } : {}),
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  },
  decorate(request: RequestView, response: Answer): void {
    const origin = request.headers.get('origin');
    if (origin) response.headers.set('access-control-allow-origin', origin);
    response.headers.append('vary', 'Origin');
  },
};
