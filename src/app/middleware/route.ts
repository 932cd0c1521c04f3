import type { MiddlewareHandler } from 'hono';
import { slashRedirectLocation, toggleSlash, type VendorInfo } from '../../spec/operations.js';
import type { SpecRouter } from '../../spec/router.js';
import type { AppEnv } from '../env.js';
import type { VendorModule } from '../vendor-module.js';

/**
 * Finds the spec operation. An unknown path is 404 and a known path's wrong method 405
 * with Allow; a known path with the wrong trailing slash is redirected where the vendor's
 * framework would (`x-vendor.slashRedirect`: 301 or 307), else 404 with a hint.
 */
export const routeStage =
  (router: SpecRouter, vendor: VendorModule, info: VendorInfo): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const mount = info.mount;
    const url = new URL(c.req.url);
    c.set('url', url);
    const pathname = url.pathname;
    const match = router.match(c.req.method, pathname);
    const realPath = pathname.slice(mount.length) || '/';
    if (match.kind === 'not-found') {
      const slashed = toggleSlash(pathname);
      const known = router.match(c.req.method, slashed).kind !== 'not-found';
      if (known && info.slashRedirect)
        return new Response(null, {
          status: info.slashRedirect,
          headers: { location: slashRedirectLocation(pathname, url.search) },
        });
      const hint = known ? ` (did you mean ${slashed.slice(mount.length)}?)` : '';
      return vendor.error(404, `No such endpoint: ${c.req.method} ${realPath}${hint}`);
    }
    if (match.kind === 'method-not-allowed') {
      const res = vendor.error(
        405,
        `Method ${c.req.method} not allowed on ${realPath}; allowed: ${match.allow.join(', ')}`,
      );
      res.headers.set('allow', match.allow.join(', '));
      return res;
    }
    c.set('operation', match.operation);
    c.set('pathParams', match.pathParams);
    return next();
  };
