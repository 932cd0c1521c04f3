import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls';
import { jsonAnswer } from '../app/answer.js';
import type { MockApp } from '../create-app.js';
import { endWithAnswer } from './socket-answer.js';

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

const refuse = (socket: Duplex, status: 403 | 502, message: string) =>
  endWithAnswer(socket, jsonAnswer(status, { error: message }));
