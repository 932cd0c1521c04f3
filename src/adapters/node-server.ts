import { serve, type ServerType } from '@hono/node-server';
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { MockApp } from '../app/create-app.js';
import { isDropped } from '../app/drop.js';
import { PAGE_ORIGIN_HEADER } from '../app/request-origin.js';
import { readIncoming } from './read-incoming.js';

export interface RunningServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/**
 * How long a client may take to send a request (Node's requestTimeout) and its headers:
 * a client that trickles bytes cannot hold a socket (docs/fidelity.md). The handlers' own
 * work is bounded by the input caps, and long work yields (docs/performance.md).
 */
const REQUEST_DEADLINES = { requestMs: 30_000, headersMs: 10_000 };

/** The Host values that name this server: its address and port, and loopback names on a loopback or wildcard bind. */
function hostMatcher(bound: string, port: number): (host: string) => boolean {
  const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];
  const wildcard = bound === '0.0.0.0' || bound === '::';
  const shown = bound.includes(':') ? `[${bound}]` : bound;
  return (host) => {
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
    if (!m || Number(m[2] ?? 80) !== port) return false;
    const name = m[1];
    if (name === shown || loopbackNames.includes(name)) return true;
    // On a wildcard bind any address of this machine may be used, but a name could be rebound.
    return wildcard && (/^\d+\.\d+\.\d+\.\d+$/.test(name) || name.startsWith('['));
  };
}

/**
 * Serves the core app on node:http through @hono/node-server, which measured ~13× the
 * throughput of msw's http-middleware here (docs/decisions.md). The socket address is
 * handed to the core as the client IP for per-IP limits; `X-Supportbot-Page-Origin`,
 * which only the msw browser adapter may set, is dropped. Requests Node itself refuses
 * (a header over 16 KB, an unknown method, a timeout) are answered in the vendor's shape.
 */
export function startNodeServer(app: MockApp, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  let hostAllowed: (host: string) => boolean = () => false;
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: async (request, env) => {
          request.headers.delete(PAGE_ORIGIN_HEADER);
          // This server is node:http, never http2.
          const incoming = env?.incoming as IncomingMessage | undefined;
          const socket = incoming?.socket;
          const response = await app.fetch(request, {
            clientIp: socket?.remoteAddress,
            hostAllowed,
            keepDropMarker: true,
            readBody: incoming && ((max) => readIncoming(incoming, max)),
          });
          // A `drop` fault: the connection goes away with no answer at all.
          if (isDropped(response)) socket?.destroy();
          return response;
        },
        port: options.port ?? 4010,
        hostname: host,
      },
      (info: AddressInfo) => {
        hostAllowed = hostMatcher(host, info.port);
        const shownHost = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shownHost}:${info.port}`,
          port: info.port,
          server,
          close: () =>
            new Promise((done) => {
              (server as Server).closeAllConnections?.();
              server.close(() => done());
            }),
        });
      },
    );
    const http = server as Server;
    http.requestTimeout = REQUEST_DEADLINES.requestMs;
    http.headersTimeout = REQUEST_DEADLINES.headersMs;
    http.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
      void answerClientError(app, error, socket);
    });
    server.once('error', reject);
  });
}

async function answerClientError(app: MockApp, error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request header fields too large']
      : error.code === 'HPE_INVALID_METHOD'
        ? [405, 'Method not allowed']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request timeout']
          : [400, 'Bad request'];
  const path = error.rawPacket?.toString('latin1').split('\r\n', 1)[0].split(' ')[1] ?? '/';
  const response = app.refusal(path.startsWith('/') ? path : '/', status, message);
  const body = await response.text();
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${response.headers.get('content-type')}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
