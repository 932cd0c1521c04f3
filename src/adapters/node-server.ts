import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { adminBodyLimit, adminBodyTooLarge, isAdminPath } from '../admin/mount.js';
import { answerOfResponse, jsonAnswer } from '../app/answer.js';
import type { MockApp } from '../create-app.js';
import { adminRequestOf } from './admin-request.js';
import { IncomingView, targetOf } from './node-request.js';
import { connectHandler } from './proxy.js';
import { endWithAnswer } from './socket-answer.js';
import { readIncoming } from './read-incoming.js';
import { writeAnswer, writeSoon } from './write-answer.js';

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** Each `--vendor-port` vendor's base URL: its own port, from its root. */
  vendorUrls: Record<string, string>;
  /** The same app over TLS (`--https-port`). */
  httpsUrl?: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  port?: number;
  host?: string;
  deadlines?: RequestDeadlines;
  /** Ports of their own, by vendor name: each serves only that vendor, from its root. */
  vendorPorts?: Record<string, number>;
  /** Also serve the app over TLS on this port, host names included. */
  httpsPort?: number;
  /**
   * The certificate and key for TLS (HTTPS, and a proxy client's CONNECT), asked for when
   * first needed. Without it a CONNECT is refused.
   */
  tls?: () => Promise<{ cert: string; key: string }>;
}

/**
 * How long a client may take to send a request (Node's requestTimeout) and its headers,
 * and how long a kept-alive socket may sit idle between requests: a client that trickles
 * bytes cannot hold a socket (docs/fidelity.md). Node checks the first two only every
 * `checkMs` (30 s by default, which made 10 s into 30.6 s), so it checks every second.
 * The handlers' own work is bounded by the input caps, and long work yields.
 */
export const REQUEST_DEADLINES = { headersMs: 10_000, requestMs: 30_000, idleMs: 5_000, checkMs: 1_000 };
type RequestDeadlines = typeof REQUEST_DEADLINES;

/**
 * The Host values admin takes without a token: this machine's loopback names on the
 * server's port. A name or address another machine can use (the bound address, on any
 * interface) is not one: admin from there needs --admin-token.
 */
function hostMatcher(port: number): (host: string) => boolean {
  const loopbackNames = ['localhost', '[::1]'];
  return (host) => {
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
    if (!m || Number(m[2] ?? 80) !== port) return false;
    return loopbackNames.includes(m[1]) || /^127\.\d+\.\d+\.\d+$/.test(m[1]);
  };
}

/**
 * Serves the core app on node:http. A vendor's request goes to the core as a light view
 * of node's request, and its answer is written straight to the socket: no Fetch Request or
 * Response is built (docs/performance.md). Admin's Hono routes get a Fetch Request
 * (admin-request.ts). The socket address is handed to the core as the client IP for per-IP
 * limits; `X-Supportbot-Page-Origin`, which only the msw browser adapter may set, is
 * ignored. Requests Node itself refuses (a header over 16 KB, an unknown method, a
 * timeout) are answered in the vendor's shape. The same handler serves the vendors' own
 * ports, HTTPS, and the intercepting proxy's tunnels (proxy.ts).
 */
export async function startNodeServer(app: MockApp, options: ServeOptions = {}): Promise<RunningServer> {
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

  /** The handler of one listener: the main port (vendor undefined) or a vendor's own port. */
  const handler =
    (vendor: string | undefined, scheme: 'http' | 'https') => (incoming: IncomingMessage, res: ServerResponse) => {
      const raw = incoming.url ?? '/';
      const target = targetOf(raw);
      pathOnSocket.set(incoming.socket, target.pathname);
      if (!raw.startsWith('/') && !vendor && !isAdminPath(target.pathname)) {
        // An absolute-form target: a proxy client's plain-HTTP request. Only the vendors'
        // hosts and the mock's own are served; the mock sends nothing out. (Admin's guard
        // refuses a foreign one on its paths, in its own words.)
        const named = absoluteHost(raw);
        if (!named || (!app.rootOf(named) && !hostAllowed(named))) return void writeAnswer(res, notAProxy(app, named));
      }
      // Admin is on the main port's own names: the host is looked up only for an admin path.
      if (
        scheme === 'http' &&
        vendor === undefined &&
        isAdminPath(target.pathname) &&
        app.rootOf(incoming.headers.host) === undefined
      )
        return void admin(incoming, target.pathname, res).catch((error: unknown) => failed(res, error));
      const env = {
        clientIp: incoming.socket.remoteAddress,
        hostAllowed,
        readBody: (max: number) => readIncoming(incoming, max),
        vendor,
      };
      app.handle(new IncomingView(incoming, target, scheme), target, env).then(
        (answer) => writeSoon(res, answer, failed),
        (error: unknown) => failed(res, error),
      );
    };
  const configure = <T extends Server>(server: T, vendor?: string): T => {
    server.requestTimeout = deadlines.requestMs;
    server.headersTimeout = deadlines.headersMs;
    server.keepAliveTimeout = deadlines.idleMs;
    server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
      void answerClientError(app, error, socket, pathOnSocket.get(socket), vendor);
    });
    return server;
  };
  const serverOptions = { connectionsCheckingInterval: deadlines.checkMs };
  const server = configure(createServer(serverOptions, handler(undefined, 'http')));
  // Decrypted tunnels of proxy clients are served as HTTPS requests are (proxy.ts).
  const tunnels = configure(createServer(serverOptions, handler(undefined, 'https')));
  server.on('connect', connectHandler(app, tunnels, options.tls));

  const servers: Server[] = [server];
  const listen = (s: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, host, () => resolve((s.address() as AddressInfo).port));
    });
  const close = () =>
    Promise.all(
      [...servers, tunnels].map(
        (s) =>
          new Promise<void>((done) => {
            s.closeAllConnections();
            s.close(() => done());
          }),
      ),
    ).then(() => undefined);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  try {
    const port = await listen(server, options.port ?? 4010);
    hostAllowed = hostMatcher(port);
    const vendorUrls: Record<string, string> = {};
    for (const [vendor, wanted] of Object.entries(options.vendorPorts ?? {})) {
      if (!app.vendors.some((v) => v.name === vendor)) throw new Error(`--vendor-port: no vendor ${vendor}`);
      const own = configure(createServer(serverOptions, handler(vendor, 'http')), vendor);
      servers.push(own);
      vendorUrls[vendor] = `http://${shownHost}:${await listen(own, wanted)}`;
    }
    let httpsUrl: string | undefined;
    if (options.httpsPort !== undefined) {
      if (!options.tls) throw new Error('--https-port needs a certificate (tls)');
      const secure = configure(
        createHttpsServer({ ...(await options.tls()), ...serverOptions }, handler(undefined, 'https')),
      );
      servers.push(secure);
      // The certificate names localhost, not a wildcard address.
      const named = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : shownHost;
      httpsUrl = `https://${named}:${await listen(secure, options.httpsPort)}`;
    }
    return { url: `http://${shownHost}:${port}`, port, server, vendorUrls, httpsUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The host an absolute-form request target names, or undefined when it names none. */
function absoluteHost(raw: string): string | undefined {
  try {
    return new URL(raw).host || undefined;
  } catch {
    return undefined;
  }
}

/** The refusal of a request for a host the mock does not serve: it is never an open proxy. */
function notAProxy(app: MockApp, host: string | undefined) {
  const hosts = app.vendors.flatMap((v) => [new URL(v.origin).host, `${v.name}.localhost`]).join(', ');
  return jsonAnswer(403, {
    error:
      `supportbot-mock is not a proxy for ${host ?? 'that host'}: ` +
      `it answers only for ${hosts}, and sends nothing out`,
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
  vendor: string | undefined,
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
  const packet = error.rawPacket?.toString('latin1') ?? '';
  const path = requestPath ?? packet.split('\r\n', 1)[0].split(' ')[1] ?? '/';
  // At a vendor's host name the refusal is that vendor's, as any answer there is.
  const host = /\r\nhost:[ \t]*([^\r\n]*)/i.exec(packet)?.[1];
  endWithAnswer(
    socket,
    app.refusal(path.startsWith('/') ? path : '/', status, message, vendor ?? app.rootOf(host)?.name),
  );
}
