/**
 * The last requests the mock answered, in a fixed-size ring, so that a long soak cannot
 * grow memory: each with its vendor, operation, caller and session, the request's and the
 * answer's headers and bodies (credentials masked, bodies cut at JOURNAL_BODY_CHARS), the
 * time it took, and what the spec found wrong in the request. Read, filtered and counted
 * at /__admin/journal.
 */
import type { JournalEntry, RawEntry } from './journal-entry.js';
import { JournalStore, type StoredEntry } from './journal-store.js';
import { refusalOf } from './refusal.js';

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

/** How an entry reads: credentials masked, bodies decoded and cut. */
export interface JournalFormat {
  headers(h: Iterable<[string, string]>): Record<string, string>;
  body(text: string): string;
}

const TEXTUAL = /json|text|x-www-form-urlencoded/i;

const utf8 = new TextDecoder();

/**
 * What the ring keeps of a request's body: its text, which the store writes outside V8's
 * heap with the entry's other texts (journal-store.ts), or of a binary one its size.
 */
export function journalBody(bytes: Uint8Array, contentType: string | null, decoded?: string): RawEntry['requestBody'] {
  if (!TEXTUAL.test(contentType ?? '')) return { total: bytes.length, contentType };
  // The whole body's text, when the validator decoded it: the same text the head would give.
  if (decoded !== undefined && bytes.length <= JOURNAL_BODY_CHARS)
    return { text: decoded, total: bytes.length, contentType };
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
  private readonly store: JournalStore;
  /** The last entry's number: entry n sits at n % capacity (no map from entry to number). */
  private seq = 0;

  constructor(
    readonly capacity = 1000,
    private readonly format: JournalFormat = { headers: (h) => Object.fromEntries(h), body: (t) => t },
  ) {
    this.store = new JournalStore(capacity);
  }

  record(entry: RawEntry): void {
    const seq = ++this.seq;
    // The entries kept after this one: from the one `capacity` back, or the first.
    const oldest = Math.max(1, seq - this.capacity + 1);
    this.store.put(seq % this.capacity, entry, oldest === seq ? -1 : oldest % this.capacity, JOURNAL_BODY_CHARS);
  }

  /** Newest first, those matching `criteria` when given. */
  entries(limit = this.capacity, criteria?: JournalCriteria): JournalEntry[] {
    return this.raw(limit, criteria).map(([seq, e]) => this.read(e, seq));
  }

  count(criteria: JournalCriteria): number {
    return this.raw(this.capacity, criteria).length;
  }

  /** The entries wanted with their numbers, newest first. */
  private raw(limit: number, criteria?: JournalCriteria): [number, StoredEntry][] {
    const out: [number, StoredEntry][] = [];
    for (let s = this.seq; s > 0 && s > this.seq - this.capacity && out.length < limit; s--) {
      const e = this.store.get(s % this.capacity);
      if (!criteria || matches(e, criteria, this.maskedPrincipal)) out.push([s, e]);
    }
    return out;
  }

  /** How a credential given as a principal filter shows in the entries (masked). */
  maskedPrincipal?: (s: string) => string;

  private read(e: StoredEntry, seq: number): JournalEntry {
    const body = requestBody(e.requestBody, this.format);
    const text = e.responseText;
    const length = e.responseTotal ?? text?.length ?? 0;
    const cut =
      text &&
      (length <= JOURNAL_BODY_CHARS
        ? text
        : `${text.slice(0, JOURNAL_BODY_CHARS)}… (${length - JOURNAL_BODY_CHARS} more)`);
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
    this.store.clear();
    this.seq = 0;
  }
}
