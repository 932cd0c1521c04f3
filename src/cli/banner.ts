import type { RunningServer } from '../adapters/node-server.js';
import type { MockApp } from '../create-app.js';
import type { VendorModule } from '../app/vendor-module.js';

/** `http://127.0.0.1:4010` as `http://<name>.localhost:4010`: the vendor's host-name form. */
const atHost = (url: string, name: string) => {
  const u = new URL(url);
  u.hostname = `${name}.localhost`;
  return u.origin;
};

/**
 * What a person needs to start calling the mock: each vendor's base URL in every form it is
 * served (mount, host name, own port, HTTPS, the proxy), real origins and working credentials.
 */
export function banner(app: MockApp, vendors: readonly VendorModule[], server: RunningServer): string {
  // On a wildcard bind the URLs to type are this machine's own: 0.0.0.0 is no address to call.
  const url = server.url.replace(/\/\/(0\.0\.0\.0|\[::\])(?=:)/, '//127.0.0.1');
  const { clock, config } = app.runtime;
  const lines = [
    `supportbot-mock listening on ${server.url}  (seed ${config.seed}${config.unlimited ? '; UNLIMITED' : ''})`,
    config.clockMode === 'system'
      ? `  clock      ${clock.iso()}, following the wall clock (--clock frozen for repeatable runs)`
      : `  clock      ${clock.iso()}, frozen: it moves only through ${url}/__admin/clock`,
    '',
  ];
  for (const info of app.vendors) {
    const vendor = vendors.find((v) => v.name === info.name)!;
    const base = `${url}${info.mount}${info.basePath}`;
    lines.push(`  ${info.name.padEnd(10)} ${base}   (real: ${info.origin}${info.basePath})`);
    const forms = [`${atHost(url, info.name)}${info.basePath}`];
    if (server.vendorUrls[info.name]) forms.push(`${server.vendorUrls[info.name]}${info.basePath}`);
    if (server.httpsUrl) forms.push(`${atHost(server.httpsUrl, info.name)}${info.basePath}`);
    lines.push(`             also ${forms.join('  ')}`);
    lines.push(...vendor.banner(app.runtime.stateOf(info.name), base));
  }
  lines.push(
    '',
    `  proxy      HTTPS_PROXY=${url} reaches the real origins here (trust: supportbot-mock ca)`,
    `  dashboard  ${url}/__admin/ui`,
    `  admin      ${url}/__admin/reset  ${url}/__admin/clock  ${url}/__admin/faults  ${url}/__admin/journal`,
  );
  return lines.join('\n');
}
