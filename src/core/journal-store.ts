import type { RawEntry } from './journal-entry.js';
import { MESSAGE_MAX_CHARS } from './refusal.js';
import { TextRing } from './text-ring.js';

/** What a journal entry has that is neither text nor number, and most entries lack. */
type Rare = Pick<RawEntry, 'upstream' | 'violations' | 'fault' | 'notes'>;

const TEXTS = 8;

/** An entry as read back: an answer's text cut when kept says how long it was. */
export type StoredEntry = RawEntry & { responseTotal?: number };

/**
 * The journal's entries, one a slot, kept where the garbage collector does not walk them:
 * their texts in a TextRing, their numbers in typed arrays, their names (method, operation,
 * vendor: strings the mock holds anyway) in plain arrays. A thousand entries held as objects
 * were copied by each young collection and then promoted, to die in the old space: that
 * doubled a /chat/ request's CPU (docs/performance.md). An entry is rebuilt when read.
 */
export class JournalStore {
  private readonly texts: TextRing;
  private readonly atMs: Float64Array;
  private readonly durationMs: Float64Array;
  private readonly status: Int32Array;
  /** The request body's size in bytes, or -1 for none. */
  private readonly bodyTotal: Float64Array;
  /** The answer's text length before it was cut, or -1 when it was kept whole. */
  private readonly responseTotal: Float64Array;
  private readonly streamed: Uint8Array;
  private readonly method: string[];
  private readonly operation: (string | undefined)[];
  private readonly vendor: (string | undefined)[];
  private readonly form: RawEntry['form'][];
  private readonly stage: string[];
  private readonly rare: (Rare | undefined)[];

  constructor(slots: number) {
    this.texts = new TextRing(slots, TEXTS);
    this.atMs = new Float64Array(slots);
    this.durationMs = new Float64Array(slots);
    this.status = new Int32Array(slots);
    this.bodyTotal = new Float64Array(slots);
    this.responseTotal = new Float64Array(slots);
    this.streamed = new Uint8Array(slots);
    this.method = Array.from({ length: slots });
    this.operation = Array.from({ length: slots });
    this.vendor = Array.from({ length: slots });
    this.form = Array.from({ length: slots });
    this.stage = Array.from({ length: slots });
    this.rare = Array.from({ length: slots });
  }

  /** Keeps `e` under `slot`; `oldest` is the first slot still wanted after it, or -1. */
  put(slot: number, e: RawEntry, oldest: number, cutAt: number): void {
    this.atMs[slot] = e.atMs;
    this.durationMs[slot] = e.durationMs;
    this.status[slot] = e.status;
    this.streamed[slot] = e.streamed ? 1 : 0;
    this.method[slot] = e.method;
    this.operation[slot] = e.operationId;
    this.vendor[slot] = e.vendor;
    this.form[slot] = e.form;
    this.stage[slot] = e.stage;
    this.rare[slot] =
      e.upstream || e.violations || e.fault || e.notes
        ? { upstream: e.upstream, violations: e.violations, fault: e.fault, notes: e.notes }
        : undefined;
    const body = e.requestBody;
    this.bodyTotal[slot] = body ? body.total : -1;
    // An answer is kept whole up to the length whose error message is still read.
    let text = e.responseText;
    this.responseTotal[slot] = -1;
    if (text !== undefined && text.length > MESSAGE_MAX_CHARS) {
      this.responseTotal[slot] = text.length;
      text = text.slice(0, cutAt);
    }
    // Header names and values hold no line feed (HTTP refuses one), so a list is one text.
    this.texts.put(
      slot,
      [
        e.path,
        e.principal,
        e.session,
        e.requestHeaders.join('\n'),
        body?.text,
        body?.contentType ?? undefined,
        e.responseHeaders.join('\n'),
        text,
      ],
      oldest,
    );
  }

  /** The entry under `slot`, rebuilt. */
  get(slot: number): StoredEntry {
    const [path, principal, session, requestHeaders, bodyText, contentType, responseHeaders, responseText] =
      this.texts.get(slot);
    const total = this.bodyTotal[slot];
    const responseTotal = this.responseTotal[slot];
    return {
      atMs: this.atMs[slot],
      method: this.method[slot],
      path: path!,
      form: this.form[slot],
      status: this.status[slot],
      operationId: this.operation[slot],
      vendor: this.vendor[slot],
      principal,
      session,
      durationMs: this.durationMs[slot],
      requestHeaders: requestHeaders ? requestHeaders.split('\n') : [],
      requestBody: total < 0 ? undefined : { text: bodyText, total, contentType: contentType ?? null },
      responseHeaders: responseHeaders ? responseHeaders.split('\n') : [],
      responseText,
      ...(responseTotal >= 0 ? { responseTotal } : {}),
      streamed: this.streamed[slot] === 1,
      stage: this.stage[slot],
      ...this.rare[slot],
    };
  }

  clear(): void {
    this.texts.clear();
    this.rare.fill(undefined);
  }
}
