import type { IncomingMessage } from 'node:http';
import { HeaderBag } from '../app/answer.js';
import { PAGE_ORIGIN_HEADER } from '../app/request-origin.js';
import type { HeaderReader, RequestView, Target } from '../core/request-view.js';

/** Whether a header name as sent is `wanted` (lower case): lowercased only when its length matches. */
const named = (name: string, wanted: string) => name.length === wanted.length && name.toLowerCase() === wanted;

/**
 * node's raw header list read as Fetch's Headers reads it: names in any case, repeated
 * headers joined with ", ". A lookup walks the list (a request has a dozen headers, and a
 * name already in lower case is compared without a copy): building a map of them cost
 * every request ~700 bytes and its own lowercased names (docs/performance.md).
 * `X-Supportbot-Page-Origin` is left out: only the msw browser adapter may set it.
 */
class IncomingHeaders implements HeaderReader {
  constructor(private readonly raw: string[]) {}

  get(name: string): string | null {
    const wanted = name.toLowerCase();
    if (wanted === PAGE_ORIGIN_HEADER) return null;
    const raw = this.raw;
    let found: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      if (!named(raw[i], wanted)) continue;
      found = found === null ? raw[i + 1] : `${found}, ${raw[i + 1]}`;
    }
    return found;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return new HeaderBag(this.pairs())[Symbol.iterator]();
  }

  /** Names and values in turn, as sent: the journal lowercases and joins them when read. */
  flat(): string[] {
    const raw = this.raw;
    for (let i = 0; i < raw.length; i += 2) if (named(raw[i], PAGE_ORIGIN_HEADER)) return this.pairs().flat();
    return raw;
  }

  private pairs(): [string, string][] {
    const out: [string, string][] = [];
    for (let i = 0; i < this.raw.length; i += 2)
      if (!named(this.raw[i], PAGE_ORIGIN_HEADER)) out.push([this.raw[i], this.raw[i + 1]]);
    return out;
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

/** The origin a request's URL is built on: its Host, when that is a plain host[:port]. */
export const originOf = (host: string | null, scheme = 'http') =>
  `${scheme}://${host && PLAIN_HOST.test(host) ? host : 'localhost'}`;

/** A light view of node's request for the stages; its absolute URL is built only when read. */
export class IncomingView implements RequestView {
  readonly method: string;
  readonly headers: IncomingHeaders;

  constructor(
    incoming: IncomingMessage,
    private readonly target: Target,
    private readonly scheme: 'http' | 'https' = 'http',
  ) {
    this.method = incoming.method ?? 'GET';
    this.headers = new IncomingHeaders(incoming.rawHeaders);
  }

  get url(): string {
    return `${originOf(this.headers.get('host'), this.scheme)}${this.target.pathname}${this.target.search}`;
  }
}
