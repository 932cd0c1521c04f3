import { clientIp } from '../client-ip.js';
import type { Exchange } from '../exchange.js';
import type { MockRuntime } from '../runtime.js';
import type { RequestContext, VendorModule } from '../vendor-module.js';

/** What the vendor's authenticate, limits and handler see of the request: made once, when first asked for. */
export function stageContext(x: Exchange, runtime: MockRuntime, vendor: VendorModule): RequestContext {
  return (x.context ??= {
    op: x.operation!,
    input: x.input!,
    runtime,
    state: runtime.stateOf(vendor.name),
    request: x.request,
    clientIp: clientIp(x, runtime),
  });
}
