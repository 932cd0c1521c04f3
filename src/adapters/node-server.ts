import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { MockApp } from '../app/create-app.js';

export interface RunningServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/**
 * Serves the core app on node:http through @hono/node-server, which measured ~13× the
 * throughput of msw's http-middleware here (docs/decisions.md). The socket address is
 * handed to the core as the client IP for per-IP limits.
 */
export function startNodeServer(app: MockApp, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: (request, env: { incoming?: { socket?: { remoteAddress?: string } } }) =>
          app.fetch(request, { clientIp: env?.incoming?.socket?.remoteAddress }),
        port: options.port ?? 4010,
        hostname: host,
      },
      (info: AddressInfo) => {
        const shownHost = host.includes(':') ? `[${host}]` : host;
        resolve({
          url: `http://${shownHost}:${info.port}`,
          port: info.port,
          server,
          close: () =>
            new Promise((done) => {
              (server as any).closeAllConnections?.();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
