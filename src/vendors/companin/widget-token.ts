import type { Clock } from '../../core/clock.js';
import type { Organisation } from './model.js';
import { TOKEN_TTL_SECONDS } from './state.js';

interface WidgetClaims {
  org: string;
  origin: string;
  /** The identified user's external id, when minted with a user_token. */
  user: string | null;
}

const key = (org: Organisation) => new TextEncoder().encode(org.jwtSecret);
// Loaded on first use: jose costs ~30 ms of start-up, and most runs never mint a token.
const jose = () => import('jose');

/** An HS256 JWT, issued on the mock clock, that carries the organisation and the minting Origin. */
export async function mintWidgetToken(
  org: Organisation,
  origin: string,
  clock: Clock,
  user: string | null,
  jti: string,
): Promise<string> {
  const iat = Math.floor(clock.nowMs() / 1000);
  const { SignJWT } = await jose();
  // A fresh jti makes every token distinct: the widget re-posts after a 401 only when its token changed.
  return new SignJWT({ org: org.id, origin, ...(user ? { user } : {}) })
    .setJti(jti)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(org.clientId)
    .setIssuer('supportbot-mock/companin')
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_TTL_SECONDS)
    .sign(key(org));
}

export type VerifyResult = { ok: true; claims: WidgetClaims } | { ok: false; reason: 'expired' | 'invalid' };

/** A JWT's claims, read without verifying it (to pick the key, or to group requests); undefined if unreadable. */
export function unverifiedClaims(token: string): Record<string, unknown> | undefined {
  try {
    const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (ch) => ch.charCodeAt(0))));
    return claims && typeof claims === 'object' ? claims : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the unverified org claim to pick the key, then verifies signature and expiry on the mock clock. */
export async function verifyWidgetToken(
  token: string,
  orgOf: (id: string) => Organisation | undefined,
  clock: Clock,
): Promise<VerifyResult> {
  const orgId = unverifiedClaims(token)?.org;
  const org = typeof orgId === 'string' ? orgOf(orgId) : undefined;
  if (!org) return { ok: false, reason: 'invalid' };
  const { jwtVerify, errors } = await jose();
  try {
    const { payload } = await jwtVerify(token, key(org), {
      algorithms: ['HS256'],
      currentDate: clock.now(),
      clockTolerance: 0,
    });
    const user = typeof payload.user === 'string' ? payload.user : null;
    return { ok: true, claims: { org: String(payload.org), origin: String(payload.origin), user } };
  } catch (e) {
    return { ok: false, reason: e instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}

/**
 * Whether an Origin is allowed. In a pattern, `*` after a colon stands for any port, and
 * `*` anywhere else for one whole DNS label: `http://localhost:*` allows
 * `http://localhost:3000` but not `http://localhost:3000.evil.example`, and
 * `https://*.example.com` allows `https://shop.example.com` but not
 * `https://evil.com/.example.com` or `https://a.b.example.com`.
 */
export function originAllowed(origin: string, allowed: string[]): boolean {
  return allowed.some((pattern) => {
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
      .reduce(
        (re, part, i, parts) =>
          i === 0 ? part : `${re}${parts[i - 1].endsWith(':') ? '\\d{1,5}' : '[a-z0-9-]+'}${part}`,
        '',
      );
    return new RegExp(`^${source}$`, 'i').test(origin);
  });
}

/**
 * The external user id in a host page's `user_token`: an HS256 JWT signed with the
 * organisation's identity secret, naming the user in `external_user_id`, `user_id` or
 * `sub` (docs/fidelity.md). Null when it does not verify or names nobody.
 */
export async function identifiedUser(userToken: string, org: Organisation, clock: Clock): Promise<string | null> {
  const { jwtVerify } = await jose();
  try {
    const { payload } = await jwtVerify(userToken, new TextEncoder().encode(org.identitySecret), {
      algorithms: ['HS256'],
      currentDate: clock.now(),
    });
    const id = payload.external_user_id ?? payload.user_id ?? payload.sub;
    return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null;
  } catch {
    return null;
  }
}
