import type { Operation } from '../spec/operations.js';
import type { RequestProblem, ValidInput } from '../spec/request-validator.js';
import type { Meter } from './meter.js';

/** What an adapter tells the core about a request that the request itself cannot. */
export interface AdapterEnv {
  /** The socket's remote address (the Node server); none through msw. */
  clientIp?: string;
  /** Whether a Host header names the server (the Node server); admin refuses any other. */
  hostAllowed?: (host: string) => boolean;
  /** The Node server destroys the socket of a dropped answer itself (app/drop.ts). */
  keepDropMarker?: boolean;
  /**
   * The body's bytes read straight from the socket, or undefined once more than `max`
   * arrive (the Node server). Without it the body stage reads the Request's stream, which
   * on node:http costs a full undici Request per POST (docs/performance.md).
   */
  readBody?: (max: number) => Promise<Uint8Array | undefined>;
}

/** What each stage leaves on the Hono context for the next. */
export type AppEnv = {
  Bindings: AdapterEnv;
  Variables: {
    /** The request URL, parsed once by the route stage. */
    url: URL;
    operation: Operation;
    pathParams: Record<string, string>;
    input: ValidInput;
    /** The request body's bytes, read once under the operation's cap (middleware/body.ts). */
    body: Uint8Array;
    principal: unknown;
    meter: Meter;
    /** Why the spec refused the request, for the client report (middleware/report.ts). */
    requestProblem: RequestProblem;
    /** The vendor whose mount answered, and the client as it names it: for the journal. */
    vendor: string;
    client: string;
  };
};
