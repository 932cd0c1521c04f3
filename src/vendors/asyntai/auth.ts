import type { Answer } from '../../app/answer.js';
import { bearerToken } from '../../app/credentials.js';
import type { StageContext } from '../../app/vendor-module.js';
import { plansOf } from '../../spec/limits.js';
import { asyntaiError } from './errors.js';
import type { Account, AsyntaiState } from './state.js';

/** The key from `Authorization: Bearer` (recommended) or `X-API-Key`; the plan must open the API (`x-plans`). */
export function authenticateAsyntai({ request, runtime, state }: StageContext<AsyntaiState>): Account | Answer {
  const key = bearerToken(request) ?? request.headers.get('x-api-key')?.trim();
  if (!key) return asyntaiError(401, 'API key required: send Authorization: Bearer <key> or X-API-Key');
  const account = state.accountByKey(key);
  if (!account) return asyntaiError(401, 'Invalid API key');
  if (!plansOf(runtime.spec, 'asyntai')[account.plan]?.apiAccess)
    return asyntaiError(403, 'API access requires a Starter, Standard or Pro plan');
  return account;
}
