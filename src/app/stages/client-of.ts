import type { Exchange } from '../exchange.js';
import type { VendorModule } from '../vendor-module.js';

/**
 * The client that sent the request, as the vendor names it by the credential it presents:
 * worked out once, by whichever stage asks first (faults, to aim a fault at one client;
 * the report and the journal after the answer).
 */
export function clientOf(x: Exchange, vendor: VendorModule): string {
  return (x.client ??=
    vendor.report?.client({ request: x.request, principal: x.context?.principal, input: x.input }) ?? 'unidentified');
}
