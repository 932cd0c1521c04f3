import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingMessage['headers'];
  raw: string;
  body: any;
}

/**
 * A webhook receiver on loopback that verifies nothing itself: the caller checks each
 * signature with the secret from creation. `respond` decides each answer (default 200;
 * null never answers, a hung receiver); `waitFor` resolves as deliveries arrive.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  url = '';
  respond: (n: number) => number | null = () => 200;
  private server!: Server;
  private hung: ServerResponse[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        this.received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
        const status = this.respond(this.received.length);
        if (status === null) this.hung.push(res);
        else res.writeHead(status).end();
        this.waiters = this.waiters.filter((w) => (this.received.length >= w.count ? (w.resolve(), false) : true));
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
    return this;
  }

  /** Resolves once `count` deliveries have arrived; rejects after `timeoutMs` with what did. */
  waitFor(count: number, timeoutMs = 5_000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.received.length} of ${count} deliveries arrived`)),
        timeoutMs,
      );
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async stop(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
