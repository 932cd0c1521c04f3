import type { MiddlewareHandler } from 'hono';
import type { SpecRouter } from '../../spec/router.js';
import type { AppEnv } from '../env.js';
import type { VendorModule } from '../vendor-module.js';

/** Finds the spec operation; an unknown path is 404 and a known path's wrong method 405 with Allow. */
export const routeStage = (router: SpecRouter, vendor: VendorModule, mount: string): MiddlewareHandler<AppEnv> => async (c, next) => {
  const url = new URL(c.req.url);
  c.set('url', url);
  const pathname = url.pathname;
  const match = router.match(c.req.method, pathname);
  const realPath = pathname.slice(mount.length) || '/';
  if (match.kind === 'not-found') {
    const slashed = pathname.endsWith('/') ? pathname.slice(0, -1) : `${pathname}/`;
    const hint = router.match(c.req.method, slashed).kind !== 'not-found' ? ` (did you mean ${slashed.slice(mount.length)}?)` : '';
    return vendor.error(404, `No such endpoint: ${c.req.method} ${realPath}${hint}`);
  }
  if (match.kind === 'method-not-allowed') {
    const res = vendor.error(405, `Method ${c.req.method} not allowed on ${realPath}; allowed: ${match.allow.join(', ')}`);
    res.headers.set('allow', match.allow.join(', '));
    return res;
  }
  c.set('operation', match.operation);
  c.set('pathParams', match.pathParams);
  return next();
};
