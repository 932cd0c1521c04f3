import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls';
import type { MockApp } from '../create-app.js';

/**
 * The intercepting proxy on the main port: a client with HTTPS_PROXY pointing here that
 * calls a vendor's real origin sends `CONNECT <its host>:443`. The tunnel is answered by
 * the mock itself, with TLS under the local CA, and the requests inside it are served as
 * at the vendor's host name. Any other host is refused: the mock opens no connection out.
 */
export function connectHandler(
  app: MockApp,
  tunnels: Server,
  tls: (() => Promise<{ cert: string; key: string }>) | undefined,
) {
  let context: Promise<SecureContext> | undefined;
  return (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const authority = request.url ?? '';
    const vendor = app.rootOf(authority);
    if (!vendor || !/^[^:]+:\d+$|^\[[^\]]+\]:\d+$/.test(authority)) {
      const hosts = app.vendors.map((v) => new URL(v.origin).hostname).join(', ');
      return refuse(socket, 403, `supportbot-mock tunnels only to ${hosts}, not to ${authority || 'nothing'}`);
    }
    if (!tls) return refuse(socket, 502, 'supportbot-mock has no certificate to answer this tunnel with');
    context ??= tls().then((pair) => createSecureContext(pair));
    context.then(
      (secureContext) => {
        if (socket.destroyed) return;
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) socket.unshift(head);
        const secure = new TLSSocket(socket, { isServer: true, secureContext, ALPNProtocols: ['http/1.1'] });
        secure.on('error', () => secure.destroy());
        tunnels.emit('connection', secure);
      },
      (error: unknown) => {
        context = undefined;
        refuse(socket, 502, `supportbot-mock could not make its certificate: ${String(error)}`);
      },
    );
  };
}

function refuse(socket: Duplex, status: 403 | 502, message: string): void {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Bad Gateway'}\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
