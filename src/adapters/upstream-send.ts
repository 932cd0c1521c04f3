import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

/**
 * Sends a request to a real service with node:http(s) and gives back its answer as the
 * service sent it: status, headers and body bytes, a compressed body left compressed (Node's
 * fetch would decode it and the client would get bytes its headers do not describe), a
 * stream as it arrives. The request's signal aborts it, before or during the answer.
 */
export function sendUpstream(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of request.headers) headers[name] = value;
    const req = send(url, { method: request.method, headers, signal: request.signal }, (incoming: IncomingMessage) => {
      const out = new Headers();
      for (let i = 0; i < incoming.rawHeaders.length; i += 2)
        out.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
      const status = incoming.statusCode ?? 502;
      const empty = request.method === 'HEAD' || status === 204 || status === 304;
      if (empty) incoming.resume();
      resolve(
        new Response(empty ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>), { status, headers: out }),
      );
    });
    req.on('error', reject);
    if (request.body) {
      void request.arrayBuffer().then(
        (body) => req.end(Buffer.from(body)),
        (error: unknown) => req.destroy(error as Error),
      );
    } else req.end();
  });
}
