import type { Answer } from '../../app/answer.js';
import type { StageContext } from '../../app/vendor-module.js';
import { __vendor__Error } from './errors.js';
import type { Account, __Vendor__State } from './state.js';

/** The account's API key, in the X-Api-Key header. */
export function authenticate__Vendor__({ request, state }: StageContext<__Vendor__State>): Account | Answer {
  const key = request.headers.get('x-api-key');
  const account = key ? state.accounts.get(key) : undefined;
  return account ?? __vendor__Error(401, 'invalid API key');
}
