import type { IncomingMessage } from 'node:http';
import { originOf } from './node-request.js';

/**
 * node's request as a Fetch Request, for admin's Hono routes: the mock's controls, not the
 * hot path. Built in the same turn of the event loop as the request arrived (the body is
 * already read), so a client that half-closes its socket after sending still gets an answer.
 * `body` is read only for a method that may carry one (node-server.ts). Undefined when
 * Fetch refuses the request's URL or headers.
 */
export function adminRequestOf(incoming: IncomingMessage, body: Uint8Array | undefined): Request | undefined {
  const headers = new Headers();
  try {
    for (let i = 0; i < incoming.rawHeaders.length; i += 2)
      headers.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
    return new Request(new URL(incoming.url ?? '/', originOf(headers.get('host'))), {
      method: incoming.method,
      headers,
      body: body?.length ? (body as Uint8Array<ArrayBuffer>) : undefined,
    });
  } catch {
    return undefined;
  }
}
