import type { Answer } from '../../app/answer.js';
import type { StageContext } from '../../app/vendor-module.js';
import { chungtairError } from './errors.js';
import type { Bot, ChungtairState } from './state.js';

/** The widget token: in the query string on GET, in the JSON body on POST. */
export function authenticateChungtair({ request, input, state }: StageContext<ChungtairState>): Bot | Answer {
  const token = request.method === 'GET' ? input.query.token : (input.body as { token?: unknown } | undefined)?.token;
  const bot = typeof token === 'string' ? state.bots.get(token) : undefined;
  return bot ?? chungtairError(404, 'invalid token');
}
