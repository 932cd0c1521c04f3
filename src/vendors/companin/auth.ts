import type { Answer } from '../../app/answer.js';
import { bearerToken } from '../../app/credentials.js';
import type { StageContext } from '../../app/vendor-module.js';
import { embedOrigin } from './embed-origin.js';
import { companinError } from './errors.js';
import type { Organisation } from './model.js';
import type { CompaninState } from './state.js';
import { verifyWidgetToken } from './widget-token.js';

/** A caller the organisation knows: by key and secret, a widget token, or (minting one) its client_id. */
interface Member {
  via: 'key' | 'widget-token' | 'client-id';
  org: Organisation;
  /** The identified user a widget token was minted for (user_token), else null. */
  user: string | null;
}

/** A call with no credentials (`security: []`); the organisation when the request names one. */
interface Anonymous {
  via: 'public';
  org: Organisation | null;
}

export type CompaninPrincipal = Member | Anonymous;

/** The caller on an operation whose security needs credentials: authentication refused the rest. */
export function memberOf(principal: CompaninPrincipal): Member {
  if (principal.via === 'public') throw new Error('memberOf: an operation without security has no member');
  return principal;
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
 * only; /auth/widget-token takes just the client_id in its body. Only a widget token is
 * answered later (its signature is checked by Web Crypto): the rest is known at once, and
 * an `async` function cost every keyed request a promise through the stages after it.
 */
export function authenticateCompanin(
  ctx: StageContext<CompaninState>,
): CompaninPrincipal | Answer | Promise<CompaninPrincipal | Answer> {
  const { op, request, input, state } = ctx;
  if (op.id === 'companinWidgetToken') {
    const org = state.orgByClientId((input.body as { client_id: string }).client_id);
    return org ? { org, via: 'client-id', user: null } : companinError(401, 'Invalid client_id');
  }
  const optional = op.security.length === 0 || op.security.some((s) => Object.keys(s).length === 0);
  if (optional && !request.headers.has('authorization')) return { via: 'public', org: namedOrg(op.id, input, state) };

  const apiKey = request.headers.get('x-api-key');
  const apiSecret = request.headers.get('x-api-secret');
  if (apiKey !== null || apiSecret !== null) {
    const org = apiKey ? state.orgByClientId(apiKey) : undefined;
    if (!org || apiSecret === null || !sameSecret(apiSecret, org.clientSecret))
      return companinError(401, 'Invalid API credentials');
    return { org, via: 'key', user: null };
  }

  const bearer = bearerToken(request);
  if (!bearer)
    return companinError(401, 'Authentication required - provide X-API-Key and X-API-Secret, or a Bearer widget token');
  return byWidgetToken(bearer, ctx);
}

async function byWidgetToken(
  bearer: string,
  { op, request, runtime, state }: StageContext<CompaninState>,
): Promise<CompaninPrincipal | Answer> {
  const verified = await verifyWidgetToken(bearer, (id) => state.orgs.get(id), runtime.clock);
  if (!verified.ok) return companinError(401, verified.reason === 'expired' ? 'Token has expired' : 'Invalid token');
  if (!acceptsWidgetToken(op.security))
    return companinError(403, 'Widget tokens cannot access this endpoint; use X-API-Key and X-API-Secret');
  if (embedOrigin(request) !== verified.claims.origin) return companinError(403, 'Origin mismatch');
  return { org: state.orgs.get(verified.claims.org)!, via: 'widget-token', user: verified.claims.user };
}

/** The organisation an anonymous call names, so that it counts against that organisation's hour. */
function namedOrg(opId: string, input: StageContext['input'], state: CompaninState): Organisation | null {
  const orgId =
    opId === 'companinResolveEmbed'
      ? state.configByKey(String(input.query.key))?.orgId
      : opId === 'companinRecordTelemetry'
        ? state.assistants.get(String((input.body as { agent: string }).agent))?.orgId
        : undefined;
  return (orgId && state.orgs.get(orgId)) || null;
}
