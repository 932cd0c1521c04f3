import type { IncomingMessage } from 'node:http';
import { PAGE_ORIGIN_HEADER } from '../app/request-origin.js';
import type { HeaderReader, RequestView, Target } from '../core/request-view.js';

/**
 * node's raw header list read as Fetch's Headers reads it: names lowercased, repeated
 * headers joined with ", ". Built on the first read, since many answers need no header.
 * `X-Supportbot-Page-Origin` is left out: only the msw browser adapter may set it.
 */
class IncomingHeaders implements HeaderReader {
  private map?: Map<string, string>;

  constructor(private readonly raw: string[]) {}

  private entries(): Map<string, string> {
    if (this.map) return this.map;
    const map = new Map<string, string>();
    for (let i = 0; i < this.raw.length; i += 2) {
      const name = this.raw[i].toLowerCase();
      if (name === PAGE_ORIGIN_HEADER) continue;
      const had = map.get(name);
      map.set(name, had === undefined ? this.raw[i + 1] : `${had}, ${this.raw[i + 1]}`);
    }
    return (this.map = map);
  }

  get(name: string): string | null {
    return this.entries().get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.entries().has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return [...this.entries()].sort(([a], [b]) => (a < b ? -1 : 1))[Symbol.iterator]();
  }
}

/** A request target `new URL()` leaves as it is: plain characters, no dot segments. */
const PLAIN_TARGET = /^\/[\w\-.~!$&'()*+,;=:@%/]*(\?[\w\-.~!$&'()*+,;=:@%/?]*)?$/;
const DOT_SEGMENT = /\/(\.|%2e){1,2}(\/|\?|$)/i;

/** The path and query as the Fetch adapter's `new URL(request.url)` gives them. */
export function targetOf(raw: string): Target {
  if (PLAIN_TARGET.test(raw) && !DOT_SEGMENT.test(raw)) {
    const q = raw.indexOf('?');
    return q < 0
      ? { pathname: raw, search: '' }
      : { pathname: raw.slice(0, q), search: q === raw.length - 1 ? '' : raw.slice(q) };
  }
  const url = new URL(raw, 'http://localhost');
  return { pathname: url.pathname, search: url.search };
}

const PLAIN_HOST = /^[\w.-]+(:\d+)?$|^\[[\da-f:.]+\](:\d+)?$/i;

/** A light view of node's request for the stages; its absolute URL is built only when read. */
export class IncomingView implements RequestView {
  readonly method: string;
  readonly headers: IncomingHeaders;

  constructor(
    incoming: IncomingMessage,
    private readonly target: Target,
  ) {
    this.method = incoming.method ?? 'GET';
    this.headers = new IncomingHeaders(incoming.rawHeaders);
  }

  get url(): string {
    const host = this.headers.get('host') ?? '';
    return `http://${PLAIN_HOST.test(host) ? host : 'localhost'}${this.target.pathname}${this.target.search}`;
  }
}
