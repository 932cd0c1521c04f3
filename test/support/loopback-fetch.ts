import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';

/** Every name resolves to loopback: the tests reach `*.localhost` and real vendor host names here, and nowhere else. */
const loopback: LookupFunction = (_host, options, callback) => {
  if ((options as { all?: boolean }).all) (callback as any)(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

/**
 * A fetch for AssertingSpecClient that sends each request to this machine whatever host
 * its URL names, with that host as Host and (over HTTPS) as the TLS server name, trusting
 * `ca`: a client pointed at `https://asyntai.localhost:PORT` as it would be at the vendor.
 * (Node's fetch cannot: it resolves names itself and sets Host itself.)
 */
export function loopbackFetch(options: { ca?: string; port?: number } = {}) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const headers = Object.fromEntries(request.headers);
    if (body) headers['content-length'] = String(body.length);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const incoming = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = send(
        {
          host: url.hostname,
          port: options.port ?? url.port,
          path: url.pathname + url.search,
          method: request.method,
          headers,
          lookup: loopback,
          ...(url.protocol === 'https:' ? { ca: options.ca, servername: url.hostname } : {}),
        },
        resolve,
      );
      req.on('error', reject);
      req.end(body);
    });
    const responseHeaders = new Headers();
    for (let i = 0; i < incoming.rawHeaders.length; i += 2)
      responseHeaders.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
    const empty = request.method === 'HEAD' || [204, 304].includes(incoming.statusCode!);
    return new Response(empty ? null : (Readable.toWeb(incoming) as ReadableStream), {
      status: incoming.statusCode,
      headers: responseHeaders,
    });
  };
}
