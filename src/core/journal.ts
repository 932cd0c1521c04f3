/**
 * The last requests the mock answered, in a fixed-size ring, so that a long soak cannot
 * grow memory: each with its vendor, operation, caller and session, the request's and the
 * answer's headers and bodies (credentials masked, bodies cut at JOURNAL_BODY_CHARS), the
 * time it took, and what the spec found wrong in the request. Read, filtered and counted
 * at /__admin/journal.
 */
import { refusalOf, type Refusal } from './refusal.js';

export interface JournalEntry {
  seq: number;
  at: string;
  method: string;
  /** On the vendor's mount, whatever form the request came in. */
  path: string;
  /** How the request named its vendor: the path's mount, a host name, or a port of its own. */
  form: 'mount' | 'host' | 'port';
  status: number;
  operationId?: string;
  vendor?: string;
  /** The client, as the vendor names it (its credential, masked where secret). */
  principal?: string;
  session?: string;
  durationMs: number;
  request: { headers: Record<string, string>; body?: string };
  response: { headers: Record<string, string>; body?: string };
  /** What the spec found wrong in the request, field by field. */
  violations: string[];
  /** Through the proxy: where the request went, and what the spec found wrong in the answer. */
  upstream?: UpstreamCall;
  /** For an error answer or a fault: who refused, and why, in a few words. */
  refusal?: Refusal;
  /** The fault that fired on the request. */
  fault?: { id: number; type: string };
  /** What the mock left out of a request it took. */
  notes?: string[];
}

export interface UpstreamCall {
  url: string;
  status?: number;
  /** Why no answer came: unreachable, TLS, or the deadline. */
  error?: string;
  violations: string[];
}

/** Characters of each body the journal keeps; a longer one ends in "… (N more)". */
const JOURNAL_BODY_CHARS = 4096;

/** Which entries a journal query wants; every given criterion must hold. */
export interface JournalCriteria {
  vendor?: string;
  operation?: string;
  method?: string;
  status?: number;
  /** Part of the client's name, or its credential (matched in its masked form too). */
  principal?: string;
  session?: string;
  /** Entries at or after this instant (the mock clock's). */
  since?: string;
}

function matches(e: RawEntry, c: JournalCriteria, masked?: (s: string) => string): boolean {
  return (
    (c.vendor === undefined || e.vendor === c.vendor) &&
    (c.operation === undefined || e.operationId === c.operation) &&
    (c.method === undefined || e.method === c.method.toUpperCase()) &&
    (c.status === undefined || e.status === c.status) &&
    (c.session === undefined || e.session === c.session) &&
    (c.since === undefined || e.atMs >= Date.parse(c.since)) &&
    (c.principal === undefined ||
      (e.principal !== undefined &&
        (e.principal.includes(c.principal) || (masked !== undefined && e.principal.includes(masked(c.principal))))))
  );
}

/**
 * What the journal keeps of a request when it is answered: references and small copies,
 * formatted (decoded, masked, cut) only when read, so recording costs the hot path little.
 * A body is kept to JOURNAL_BODY_CHARS bytes, so the ring stays small whatever the traffic.
 */
export interface RawEntry extends Pick<
  JournalEntry,
  | 'method'
  | 'path'
  | 'form'
  | 'status'
  | 'upstream'
  | 'operationId'
  | 'vendor'
  | 'principal'
  | 'session'
  | 'durationMs'
  | 'fault'
  | 'notes'
> {
  /** The stage that answered (stages/stage.ts). */
  stage: string;
  /** The mock clock's instant, in ms: written out only when read. */
  atMs: number;
  /** Names and values in turn: a flat list, not the request's own header objects (see `flatHeaders`). */
  requestHeaders: string[];
  /** A textual body's text (at most JOURNAL_BODY_CHARS bytes of it); of another, only its size and type. */
  requestBody?: { text?: string; total: number; contentType: string | null };
  responseHeaders: string[];
  responseText?: string;
  streamed: boolean;
  /** What the spec found wrong, worded only when read; none for a valid request. */
  violations?: () => string[];
}

/** How an entry reads: credentials masked, bodies decoded and cut. */
export interface JournalFormat {
  headers(h: Iterable<[string, string]>): Record<string, string>;
  body(text: string): string;
}

const TEXTUAL = /json|text|x-www-form-urlencoded/i;

const utf8 = new TextDecoder();

/**
 * What the ring keeps of a request's body. An entry lives a thousand requests, so what it
 * holds is promoted to V8's old space and dies there; the request's own objects (a view of
 * the socket's buffer, node's header list and its lookup map) doubled the memory a stored
 * session costs beside them (docs/performance.md). Text and flat lists of strings stay.
 */
export function journalBody(bytes: Uint8Array, contentType: string | null): RawEntry['requestBody'] {
  if (!TEXTUAL.test(contentType ?? '')) return { total: bytes.length, contentType };
  const head = bytes.length <= JOURNAL_BODY_CHARS ? bytes : bytes.subarray(0, JOURNAL_BODY_CHARS);
  return { text: utf8.decode(head), total: bytes.length, contentType };
}

/**
 * Headers as a flat list of names and values. The mock's own readers give theirs unsorted
 * (`flat()`): sorting and pairing every request's headers was 1.1 KB of garbage a request;
 * they are put in name order when read.
 */
export function flatHeaders(headers: Iterable<[string, string]> & { flat?: () => string[] }): string[] {
  if (headers.flat) return headers.flat();
  const flat: string[] = [];
  for (const [name, value] of headers) flat.push(name, value);
  return flat;
}

/**
 * A flat list as Fetch's Headers reads it, in name order: names lowercased and a repeated
 * name's values joined with ", " (a request's list is node's own, as sent).
 */
function pairs(flat: string[]): [string, string][] {
  const joined = new Map<string, string>();
  for (let i = 0; i < flat.length; i += 2) {
    const name = flat[i].toLowerCase();
    const had = joined.get(name);
    joined.set(name, had === undefined ? flat[i + 1] : `${had}, ${flat[i + 1]}`);
  }
  return [...joined].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function requestBody(b: RawEntry['requestBody'], format: JournalFormat): string | undefined {
  if (!b || b.total === 0) return undefined;
  if (b.text === undefined) return `(${b.total} bytes of ${b.contentType ?? 'no content type'})`;
  const kept = Math.min(b.total, JOURNAL_BODY_CHARS);
  return b.total > kept ? `${format.body(b.text)}… (${b.total - kept} more bytes)` : format.body(b.text);
}

export class Journal {
  private readonly ring: (RawEntry | undefined)[];
  /** The last entry's number: entry n sits at n % capacity (no map from entry to number). */
  private seq = 0;

  constructor(
    readonly capacity = 1000,
    private readonly format: JournalFormat = { headers: (h) => Object.fromEntries(h), body: (t) => t },
  ) {
    this.ring = Array.from({ length: capacity });
  }

  record(entry: RawEntry): void {
    const seq = ++this.seq;
    this.ring[seq % this.capacity] = entry;
  }

  /** Newest first, those matching `criteria` when given. */
  entries(limit = this.capacity, criteria?: JournalCriteria): JournalEntry[] {
    return this.raw(limit, criteria).map((seq) => this.read(this.ring[seq % this.capacity]!, seq));
  }

  count(criteria: JournalCriteria): number {
    return this.raw(this.capacity, criteria).length;
  }

  /** The numbers of the entries wanted, newest first. */
  private raw(limit: number, criteria?: JournalCriteria): number[] {
    const out: number[] = [];
    for (let s = this.seq; s > 0 && s > this.seq - this.capacity && out.length < limit; s--) {
      const e = this.ring[s % this.capacity]!;
      if (!criteria || matches(e, criteria, this.maskedPrincipal)) out.push(s);
    }
    return out;
  }

  /** How a credential given as a principal filter shows in the entries (masked). */
  maskedPrincipal?: (s: string) => string;

  private read(e: RawEntry, seq: number): JournalEntry {
    const body = requestBody(e.requestBody, this.format);
    const text = e.responseText;
    const cut =
      text &&
      (text.length <= JOURNAL_BODY_CHARS
        ? text
        : `${text.slice(0, JOURNAL_BODY_CHARS)}… (${text.length - JOURNAL_BODY_CHARS} more)`);
    const violations = e.violations?.() ?? [];
    const refusal = refusalOf({ ...e, violations });
    return {
      seq,
      at: new Date(e.atMs).toISOString(),
      method: e.method,
      path: e.path,
      form: e.form,
      status: e.status,
      ...(e.operationId ? { operationId: e.operationId } : {}),
      ...(e.vendor ? { vendor: e.vendor } : {}),
      ...(e.principal ? { principal: e.principal } : {}),
      ...(e.session ? { session: e.session } : {}),
      durationMs: e.durationMs,
      request: { headers: this.format.headers(pairs(e.requestHeaders)), ...(body ? { body } : {}) },
      response: {
        headers: Object.fromEntries(pairs(e.responseHeaders)),
        ...(cut ? { body: this.format.body(cut) } : e.streamed ? { body: '(an event stream, not kept)' } : {}),
      },
      violations,
      ...(e.upstream ? { upstream: e.upstream } : {}),
      ...(refusal ? { refusal } : {}),
      ...(e.fault ? { fault: e.fault } : {}),
      ...(e.notes ? { notes: e.notes } : {}),
    };
  }

  clear(): void {
    this.ring.fill(undefined);
    this.seq = 0;
  }
}
