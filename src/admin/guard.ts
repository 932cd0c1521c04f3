import type { MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../app/env.js';
import { isLoopbackAddress } from '../core/loopback.js';

const refuse = (status: number, error: string) => Response.json({ error }, { status });
/** 401 asks for the token (the dashboard shows its token form on it). */
const askToken = (error: string) =>
  Response.json({ error }, { status: 401, headers: { 'www-authenticate': 'Bearer realm="supportbot-mock admin"' } });

/**
 * Where a request came from when that is not this machine, or undefined. Host is whatever
 * the client writes (one on another machine can send `Host: localhost`), so both the peer's
 * address and the Host must be loopback. Without an adapter's word (msw), nothing is foreign.
 */
function notThisMachine(env: AdminEnv['Bindings'] | undefined, host: string): string | undefined {
  if (!env?.hostAllowed) return undefined;
  if (!isLoopbackAddress(env.clientIp)) return env.clientIp ?? 'an unknown address';
  if (!env.hostAllowed(host)) return host || 'a request without Host';
  return undefined;
}

/** The same token, compared in time that does not depend on where they differ. */
function sameToken(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!;
  return diff === 0;
}

/**
 * The admin API can reset the mock, add faults and read every request, so a web page must
 * not reach it: a page can POST text/plain across origins without a preflight, and DNS
 * rebinding can point a foreign name at 127.0.0.1. So admin answers only requests from
 * this machine's loopback whose Host names it too (when an adapter says so), that come
 * from no foreign Origin, and whose bodies, if any, are JSON. With an admin token
 * (`--admin-token`), a request carrying it as a Bearer token is taken from any Host (a CI
 * job calling the mock by its service name); a page cannot know the token.
 */
export const adminGuard =
  (token?: string): MiddlewareHandler<AdminEnv> =>
  async (c, next) => {
    const host = c.req.header('host') ?? '';
    const url = new URL(c.req.url);
    const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (token && bearer !== undefined && !sameToken(bearer, token)) return askToken('admin: wrong admin token');
    const trusted = token !== undefined && bearer !== undefined;
    const foreign = trusted ? undefined : notThisMachine(c.env, host);
    if (foreign !== undefined) {
      // With a token set, what is missing is the credential.
      if (token) return askToken(`admin from ${foreign} needs the admin token (Bearer)`);
      return refuse(
        403,
        `admin answers only on this machine's loopback (127.0.0.1, localhost), ` +
          `not ${foreign}; start with --admin-token to open it to other hosts`,
      );
    }
    // A target in absolute form (`POST http://evil.example/__admin/reset`) names the host
    // the request is for (RFC 9112 3.2.2), whatever Host says: both must be this server.
    const authority = url.host;
    if (!trusted && c.env?.hostAllowed && authority !== host && !c.env.hostAllowed(authority)) {
      return refuse(403, `admin answers only on the host it is bound to, not ${authority}`);
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== url.origin) {
      return refuse(403, `admin refuses cross-origin requests (Origin ${origin})`);
    }
    const type = c.req.header('content-type');
    const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0';
    if ((type !== undefined || hasBody) && !/^application\/json\b/i.test(type ?? '')) {
      return refuse(415, 'admin bodies must be application/json');
    }
    return next();
  };
