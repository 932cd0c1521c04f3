import type { StageContext } from '../../app/vendor-module.js';
import { asyntaiError } from './errors.js';
import { PLAN_LIMITS } from './plans.js';
import type { Account } from './state.js';

/** The key from `Authorization: Bearer` (recommended) or `X-API-Key`. */
function presentedKey(request: Request): string | undefined {
  const auth = request.headers.get('authorization');
  const bearer = auth?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? request.headers.get('x-api-key')?.trim() ?? undefined;
}

export function authenticateAsyntai({ request, services }: StageContext): Account | Response {
  const key = presentedKey(request);
  if (!key) return asyntaiError(401, 'API key required: send Authorization: Bearer <key> or X-API-Key');
  const account = services.asyntai.accountByKey(key);
  if (!account) return asyntaiError(401, 'Invalid API key');
  if (!PLAN_LIMITS[account.plan].apiAccess) return asyntaiError(403, 'API access requires a Starter, Standard or Pro plan');
  return account;
}
