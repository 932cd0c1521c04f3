/** A request's headers as the stages read them; Fetch's Headers is one. */
export interface HeaderReader extends Iterable<[string, string]> {
  get(name: string): string | null;
  has(name: string): boolean;
}

/**
 * What the stages and vendors read of a request. A Fetch Request (msw, in-process calls)
 * is one as it is; the Node server hands a light view of node's IncomingMessage instead,
 * so no undici Request or Headers is built per request (docs/performance.md).
 */
export interface RequestView {
  readonly method: string;
  /** The absolute URL; the Node view builds it only when asked. */
  readonly url: string;
  readonly headers: HeaderReader;
}

/** The path and query of the request target, as `new URL()` would normalise them. */
export interface Target {
  pathname: string;
  search: string;
}
