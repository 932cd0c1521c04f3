import type { Context } from 'hono';
import type { MockRuntime } from './runtime.js';

/**
 * The visitor IP that per-IP limits key on: the socket's address, given by the Node
 * adapter; X-Forwarded-For's first hop only with --trust-proxy. msw has no socket, so
 * every request through it counts as one visitor, "msw" (docs/fidelity.md).
 */
export function clientIp(c: Context, services: MockRuntime): string {
  if (services.config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return (c.env as { clientIp?: string } | undefined)?.clientIp ?? 'msw';
}
