import { clientIp } from '../client-ip.js';
import type { Exchange } from '../exchange.js';
import type { MockRuntime } from '../runtime.js';
import type { StageContext, VendorModule } from '../vendor-module.js';

export function stageContext(x: Exchange, services: MockRuntime, vendor: VendorModule): StageContext {
  return {
    op: x.operation!,
    input: x.input!,
    services,
    state: services.stateOf(vendor.name),
    request: x.request,
    clientIp: clientIp(x, services),
  };
}
