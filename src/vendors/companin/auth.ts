import { bearerToken } from '../../app/credentials.js';
import type { StageContext } from '../../app/vendor-module.js';
import { embedOrigin } from './embed-origin.js';
import { companinError } from './errors.js';
import type { Organisation } from './model.js';
import type { CompaninState } from './state.js';
import { verifyWidgetToken } from './widget-token.js';

export interface CompaninPrincipal {
  org: Organisation;
  via: 'key' | 'widget-token' | 'client-id';
}

/** Compares in time that depends only on the length, like crypto.timingSafeEqual, in any runtime. */
const sameSecret = (a: string, b: string) => {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
};

const acceptsWidgetToken = (security: Record<string, string[]>[]) => security.some((s) => 'companinWidgetJwt' in s);

/**
 * X-API-Key + X-API-Secret on every operation; a widget JWT on the visitor-facing ones
 * only; /auth/widget-token takes just the client_id in its body.
 */
export async function authenticateCompanin({
  op,
  request,
  input,
  services,
  state,
}: StageContext<CompaninState>): Promise<CompaninPrincipal | Response> {
  if (op.id === 'companinWidgetToken') {
    const org = state.orgByClientId((input.body as { client_id: string }).client_id);
    return org ? { org, via: 'client-id' } : companinError(401, 'Invalid client_id');
  }

  const apiKey = request.headers.get('x-api-key');
  const apiSecret = request.headers.get('x-api-secret');
  if (apiKey !== null || apiSecret !== null) {
    const org = apiKey ? state.orgByClientId(apiKey) : undefined;
    if (!org || apiSecret === null || !sameSecret(apiSecret, org.clientSecret))
      return companinError(401, 'Invalid API credentials');
    return { org, via: 'key' };
  }

  const bearer = bearerToken(request);
  if (!bearer)
    return companinError(401, 'Authentication required - provide X-API-Key and X-API-Secret, or a Bearer widget token');
  const verified = await verifyWidgetToken(bearer, (id) => state.orgs.get(id), services.clock);
  if (!verified.ok) return companinError(401, verified.reason === 'expired' ? 'Token has expired' : 'Invalid token');
  if (!acceptsWidgetToken(op.security))
    return companinError(403, 'Widget tokens cannot access this endpoint; use X-API-Key and X-API-Secret');
  if (embedOrigin(request) !== verified.claims.origin) return companinError(403, 'Origin mismatch');
  return { org: state.orgs.get(verified.claims.org)!, via: 'widget-token' };
}
