import { slashRedirectLocation, toggleSlash, type VendorInfo } from '../../spec/operations.js';
import type { SpecRouter } from '../../spec/router.js';
import { Answer, HeaderBag } from '../answer.js';
import type { VendorModule } from '../vendor-module.js';
import type { Stage } from './stage.js';

/**
 * Finds the spec operation. An unknown path is 404 and a known path's wrong method 405
 * with Allow; a known path with the wrong trailing slash is redirected where the vendor's
 * framework would (`x-vendor.slashRedirect`: 301 or 307), else 404 with a hint. Through the
 * lenient proxy (`forwarding`) such a request goes on without an operation.
 */
export const routeStage =
  (router: SpecRouter, vendor: VendorModule, info: VendorInfo, forwarding = false): Stage =>
  (x, next) => {
    const mount = info.mount;
    const { pathname, search } = x.target;
    const match = router.match(x.method, pathname);
    // Through the proxy the real service decides what a path the spec lacks gets.
    if (forwarding && match.kind !== 'operation') return next(x);
    const realPath = pathname.slice(mount.length) || '/';
    if (match.kind === 'not-found') {
      const slashed = toggleSlash(pathname);
      const known = router.match(x.method, slashed).kind !== 'not-found';
      if (known && info.slashRedirect) {
        const headers = new HeaderBag({ location: slashRedirectLocation(pathname, search) });
        x.answer = new Answer(info.slashRedirect, headers);
        return;
      }
      const hint = known ? ` (did you mean ${slashed.slice(mount.length)}?)` : '';
      x.answer = vendor.error(404, `No such endpoint: ${x.method} ${realPath}${hint}`);
      return;
    }
    if (match.kind === 'method-not-allowed') {
      const allowed = match.allow.join(', ');
      x.answer = vendor.error(405, `Method ${x.method} not allowed on ${realPath}; allowed: ${allowed}`);
      x.answer.headers.set('allow', allowed);
      return;
    }
    x.operation = match.operation;
    x.pathParams = match.pathParams;
    return next(x);
  };
