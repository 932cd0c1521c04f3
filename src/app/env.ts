import type { Operation } from '../spec/operations.js';
import type { ValidInput } from '../spec/request-validator.js';
import type { Meter } from './meter.js';

/** What each stage leaves on the Hono context for the next. */
export type AppEnv = {
  Bindings: { clientIp?: string };
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
  };
};
