import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { adminBodyLimit, adminBodyTooLarge, isAdminPath } from '../admin/mount.js';
import { answerOfResponse, jsonAnswer } from '../app/answer.js';
import type { MockApp } from '../create-app.js';
import { adminRequestOf } from './admin-request.js';
import { IncomingView, targetOf } from './node-request.js';
import { readIncoming } from './read-incoming.js';
import { writeAnswer } from './write-answer.js';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * How long a client may take to send a request (Node's requestTimeout) and its headers,
 * and how long a kept-alive socket may sit idle between requests: a client that trickles
 * bytes cannot hold a socket (docs/fidelity.md). Node checks the first two only every
 * `checkMs` (30 s by default, which made 10 s into 30.6 s), so it checks every second.
 * The handlers' own work is bounded by the input caps, and long work yields.
 */
export const REQUEST_DEADLINES = { headersMs: 10_000, requestMs: 30_000, idleMs: 5_000, checkMs: 1_000 };
export type RequestDeadlines = typeof REQUEST_DEADLINES;

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
 * Serves the core app on node:http. A vendor's request goes to the core as a light view
 * of node's request, and its answer is written straight to the socket: no Fetch Request or
 * Response is built (docs/performance.md). Admin's Hono routes get a Fetch Request
 * (admin-request.ts). The socket address is handed to the core as the client IP for per-IP
 * limits; `X-Supportbot-Page-Origin`, which only the msw browser adapter may set, is
 * ignored. Requests Node itself refuses (a header over 16 KB, an unknown method, a
 * timeout) are answered in the vendor's shape.
 */
export function startNodeServer(
  app: MockApp,
  options: { port?: number; host?: string; deadlines?: RequestDeadlines } = {},
): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const deadlines = options.deadlines ?? REQUEST_DEADLINES;
  let hostAllowed: (host: string) => boolean = () => false;
  // Admin's Hono routes take a Fetch Request; vendor requests never build one.
  const admin = async (incoming: IncomingMessage, pathname: string, res: ServerResponse) => {
    const max = adminBodyLimit(pathname, app.runtime.config.maxStateBytes);
    const body =
      incoming.method === 'GET' || incoming.method === 'HEAD'
        ? undefined
        : Number(incoming.headers['content-length']) > max
          ? undefined
          : await readIncoming(incoming, max);
    if (body === undefined && incoming.method !== 'GET' && incoming.method !== 'HEAD') {
      // Past the cap: the rest is never read, and the socket goes with the answer.
      return writeAnswer(res, jsonAnswer(413, adminBodyTooLarge(max), { connection: 'close' }));
    }
    const request = adminRequestOf(incoming, body);
    const answer = request
      ? await answerOfResponse(await app.fetch(request, { clientIp: incoming.socket.remoteAddress, hostAllowed }))
      : jsonAnswer(400, { error: 'Bad request: the URL or a header is not valid' });
    await writeAnswer(res, answer);
  };
  // The path of the request a socket is on: a 408 at the request deadline names no path of its own.
  const pathOnSocket = new WeakMap<Socket, string>();
  const server = createServer({ connectionsCheckingInterval: deadlines.checkMs }, (incoming, res) => {
    const target = targetOf(incoming.url ?? '/');
    pathOnSocket.set(incoming.socket, target.pathname);
    if (isAdminPath(target.pathname))
      return void admin(incoming, target.pathname, res).catch((error: unknown) => failed(res, error));
    const env = {
      clientIp: incoming.socket.remoteAddress,
      hostAllowed,
      readBody: (max: number) => readIncoming(incoming, max),
    };
    app.handle(new IncomingView(incoming, target), target, env).then(
      (answer) => writeAnswer(res, answer),
      (error: unknown) => failed(res, error),
    );
  });
  server.requestTimeout = deadlines.requestMs;
  server.headersTimeout = deadlines.headersMs;
  server.keepAliveTimeout = deadlines.idleMs;
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    void answerClientError(app, error, socket, pathOnSocket.get(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      const port = (server.address() as AddressInfo).port;
      hostAllowed = hostMatcher(host, port);
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The core answers its own errors; reaching this is a bug in the adapter. */
function failed(res: ServerResponse, error: unknown): void {
  console.error(error);
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
  res.end('{"error":"internal error"}');
}

async function answerClientError(
  app: MockApp,
  error: NodeJS.ErrnoException & { rawPacket?: Buffer },
  socket: Socket,
  requestPath: string | undefined,
) {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request header fields too large']
      : error.code === 'HPE_INVALID_METHOD'
        ? [405, 'Method not allowed']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request timeout']
          : [400, 'Bad request'];
  const path = requestPath ?? error.rawPacket?.toString('latin1').split('\r\n', 1)[0].split(' ')[1] ?? '/';
  const answer = app.refusal(path.startsWith('/') ? path : '/', status, message);
  const body = answer.text ?? '';
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: ${answer.contentType}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
