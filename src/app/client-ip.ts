import type { Exchange } from './exchange.js';
import type { MockRuntime } from './runtime.js';

/**
 * The visitor IP that per-IP limits key on: the socket's address, given by the Node
 * adapter; X-Forwarded-For's first hop only with --trust-proxy. msw has no socket, so
 * every request through it counts as one visitor, "msw" (docs/fidelity.md).
 */
export function clientIp(x: Exchange, runtime: MockRuntime): string {
  if (runtime.config.trustProxy) {
    const forwarded = x.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return x.env.clientIp ?? 'msw';
}
