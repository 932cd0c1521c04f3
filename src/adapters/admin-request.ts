import type { IncomingMessage } from 'node:http';

/**
 * node's request as a Fetch Request, for admin's Hono routes: the mock's controls, not the
 * hot path. Built in the same turn of the event loop as the request arrived (the body is
 * already read), so a client that half-closes its socket after sending still gets an answer.
 * Undefined when Fetch refuses the request's URL or headers.
 */
export function adminRequestOf(incoming: IncomingMessage, body: Uint8Array | undefined): Request | undefined {
  const headers = new Headers();
  const method = incoming.method ?? 'GET';
  try {
    for (let i = 0; i < incoming.rawHeaders.length; i += 2)
      headers.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
    const host = headers.get('host');
    const base = host && URL.canParse(`http://${host}`) ? `http://${host}` : 'http://localhost';
    const withBody = method !== 'GET' && method !== 'HEAD' && body !== undefined && body.length > 0;
    return new Request(new URL(incoming.url ?? '/', base), {
      method,
      headers,
      body: withBody ? (body as Uint8Array<ArrayBuffer>) : undefined,
    });
  } catch {
    return undefined;
  }
}
