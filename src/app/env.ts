/** What an adapter tells the core about a request that the request itself cannot. */
export interface AdapterEnv {
  /** The socket's remote address (the Node server); none through msw. */
  clientIp?: string;
  /** The vendor a port of its own serves from its root (`--vendor-port`); set by the Node server. */
  vendor?: string;
  /** Whether a Host header names the server (the Node server); admin refuses any other. */
  hostAllowed?: (host: string) => boolean;
  /**
   * The body's bytes read straight from the socket, or undefined once more than `max`
   * arrive (the Node server). Without it the body stage reads the Request's stream.
   */
  readBody?: (max: number) => Promise<Uint8Array | undefined>;
}

/** The admin routes' Hono environment: the adapter's env as bindings. */
export type AdminEnv = { Bindings: AdapterEnv };
