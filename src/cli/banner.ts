import type { MockApp } from '../create-app.js';
import type { VendorModule } from '../app/vendor-module.js';

/** What a person needs to start calling the mock: base URLs, real origins and working credentials. */
export function banner(app: MockApp, vendors: readonly VendorModule[], url: string): string {
  const { clock, config } = app.runtime;
  const lines = [
    `supportbot-mock listening on ${url}  (seed ${config.seed}${config.unlimited ? '; UNLIMITED' : ''})`,
    config.clockMode === 'system'
      ? `  clock      ${clock.iso()}, following the wall clock (--clock frozen for repeatable runs)`
      : `  clock      ${clock.iso()}, frozen: it moves only through ${url}/__admin/clock`,
    '',
  ];
  for (const info of app.vendors) {
    const vendor = vendors.find((v) => v.name === info.name)!;
    const base = `${url}${info.mount}${info.basePath}`;
    lines.push(`  ${info.name.padEnd(10)} ${base}   (real: ${info.origin}${info.basePath})`);
    lines.push(...vendor.banner(app.runtime.stateOf(info.name), base));
  }
  lines.push(
    '',
    `  admin      ${url}/__admin/reset  ${url}/__admin/clock  ${url}/__admin/faults  ${url}/__admin/journal`,
  );
  return lines.join('\n');
}
