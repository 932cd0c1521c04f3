import type { VendorInfo } from '../../spec/operations.js';
import type { Stage } from './stage.js';

/** The host name a Host header (or a URL's host) names, without port, case or a final dot. */
function hostNameOf(host: string | null | undefined): string | undefined {
  if (!host) return undefined;
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(host.trim().toLowerCase());
  return m ? m[1].replace(/\.$/, '') : undefined;
}

/**
 * The vendor a host name serves from its root: `<vendor>.localhost`, which browsers and
 * curl resolve to loopback, and the vendor's real host name (reached through the
 * intercepting proxy, or a client that resolves it here).
 */
export function rootHosts(vendors: readonly VendorInfo[]): (host: string | null | undefined) => VendorInfo | undefined {
  const byName = new Map<string, VendorInfo>();
  for (const v of vendors) {
    byName.set(`${v.name}.localhost`, v);
    byName.set(new URL(v.origin).hostname, v);
  }
  return (host) => {
    const name = hostNameOf(host);
    return name === undefined ? undefined : byName.get(name);
  };
}

/**
 * Puts a request that names its vendor by host or port onto the vendor's mount, so every
 * later stage reads one form of path; the journal keeps the form it came in. A path
 * under the mount is then the vendor's own path from `/`, as the real service has it.
 */
export const rootStage =
  (vendors: readonly VendorInfo[], atRoot: ReturnType<typeof rootHosts>): Stage =>
  (x, next) => {
    const byPort = x.env.vendor ? vendors.find((v) => v.name === x.env.vendor) : undefined;
    const vendor = byPort ?? atRoot(x.request.headers.get('host') ?? urlHost(x.request.url));
    if (vendor) {
      x.form = byPort ? 'port' : 'host';
      x.target = { pathname: vendor.mount + x.target.pathname, search: x.target.search };
    }
    return next(x);
  };

const urlHost = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
};
