import type { MiddlewareHandler } from 'hono';
import type { AdminEnv } from '../app/env.js';

const refuse = (status: number, error: string) => Response.json({ error }, { status });

/**
 * The admin API can reset the mock, add faults and read every request, so a web page must
 * not reach it: a page can POST text/plain across origins without a preflight, and DNS
 * rebinding can point a foreign name at 127.0.0.1. So admin answers only requests whose
 * Host names the server (when an adapter says which it is), that come from no foreign
 * Origin, and whose bodies, if any, are JSON.
 */
export const adminGuard: MiddlewareHandler<AdminEnv> = async (c, next) => {
  const host = c.req.header('host') ?? '';
  if (c.env?.hostAllowed && !c.env.hostAllowed(host)) {
    return refuse(403, `admin answers only on the host it is bound to, not ${host || 'a request without Host'}`);
  }
  // A target in absolute form (`POST http://evil.example/__admin/reset`) names the host
  // the request is for (RFC 9112 3.2.2), whatever Host says: both must be this server.
  const url = new URL(c.req.url);
  const authority = url.host;
  if (c.env?.hostAllowed && authority !== host && !c.env.hostAllowed(authority)) {
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
