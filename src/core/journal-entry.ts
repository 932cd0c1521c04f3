import type { Refusal } from './refusal.js';

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

/**
 * What the journal is given of a request when it is answered: text and numbers, which the
 * store packs outside V8's heap (journal-store.ts), formatted (masked, cut) only when read.
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
