import type { ReplyRecorder } from './reply-recorder.js';

/**
 * A real service the proxy forwards a vendor's requests to (`supportbot-mock proxy`). The
 * adapter gives `send`, which must pass bodies through as bytes (no decompression), so
 * the core stays free of any one platform's HTTP client.
 */
export interface Upstream {
  /** The service's origin (or base), the real one; the vendor's real path is appended. */
  base: string;
  /** Refuse a request the spec rejects, in the vendor's shape, instead of forwarding it. */
  strict: boolean;
  /** How long the service may take to start its answer before the client gets a 504. */
  timeoutMs: number;
  send(request: Request): Promise<Response>;
  /** `--record`: where the service's answers to the vendor's chat operations are kept. */
  recorder?: ReplyRecorder;
}
