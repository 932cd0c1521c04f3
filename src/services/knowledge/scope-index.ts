import { Memo } from '../../core/memo.js';
import { rankBm25, type Postings, type Ranked } from './bm25.js';
import type { KnowledgeChunk } from './chunk.js';
import { tokenize } from '../text/tokenize.js';

/** The terms a chunk is indexed under: its title and its text. */
/** Rankings remembered per scope: a load test or a busy FAQ repeats its questions. */
const RANK_CACHE_SIZE = 256;
/** Limits remembered at once. */
const RANK_LIMITS = 8;

export const chunkTerms = (title: string, text: string) => tokenize(`${title}\n${text}`);

/** What the reply engine needs of one scope's knowledge. */
export interface KnowledgeView {
  /** The best-scoring chunks, best first; `limit` of them when given. */
  rank(query: string, limit?: number): readonly Ranked[];
  readonly size: number;
}

/**
 * One scope's chunks with an inverted index, so that ranking a query touches only the
 * chunks sharing a term with it. Chunks live in numbered slots and postings are parallel
 * arrays of slots and term counts: scoring is array arithmetic, not Map lookups, which
 * matters when a common term appears in most of 1,000 chunks (docs/performance.md).
 */
export class ScopeIndex implements KnowledgeView {
  readonly chunks = new Map<string, KnowledgeChunk>();
  readonly postings = new Map<string, Postings>();
  readonly slotChunk: (KnowledgeChunk | undefined)[] = [];
  readonly slotLength: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  /**
   * Recent rankings by limit and query; any change to the scope clears them, so answers
   * never go stale. Keyed by the query itself, whose hash is worked out once, not by a
   * string made of both (a new one to build and hash every request).
   */
  private readonly cache = new Map<number | undefined, Memo<string, readonly Ranked[]>>();
  totalLength = 0;
  changes = 0;

  get size(): number {
    return this.chunks.size;
  }

  add(chunk: KnowledgeChunk, tokens: string[]): void {
    this.reveal(chunk, this.stage(chunk, tokens));
  }

  /**
   * Puts a chunk's terms in the postings under a slot that ranking skips until `reveal`
   * (its slotChunk is empty): a large entry is staged in time slices, then shown whole.
   */
  stage(chunk: KnowledgeChunk, tokens: string[]): number {
    const slot = this.freeSlots.pop() ?? this.slotChunk.length;
    this.changes++;
    this.slotChunk[slot] = undefined;
    this.slotLength[slot] = chunk.length;
    const counts = new Map<string, number>();
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, n] of counts) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = { slots: [], counts: [] }));
      list.slots.push(slot);
      list.counts.push(n);
    }
    return slot;
  }

  reveal(chunk: KnowledgeChunk, slot: number): void {
    this.changes++;
    this.cache.clear();
    this.slotChunk[slot] = chunk;
    this.slotOf.set(chunk.id, slot);
    this.chunks.set(chunk.id, chunk);
    this.totalLength += chunk.length;
  }

  /** Removal is rare, so a chunk's terms are derived again here rather than kept. */
  remove(chunkId: string): void {
    const slot = this.slotOf.get(chunkId);
    if (slot === undefined) return;
    this.changes++;
    this.cache.clear();
    const chunk = this.slotChunk[slot]!;
    for (const t of new Set(chunkTerms(chunk.title, chunk.text))) {
      const list = this.postings.get(t);
      const at = list ? list.slots.indexOf(slot) : -1;
      if (!list || at < 0) continue;
      list.slots.splice(at, 1);
      list.counts.splice(at, 1);
      if (list.slots.length === 0) this.postings.delete(t);
    }
    this.totalLength -= this.slotLength[slot];
    this.slotChunk[slot] = undefined;
    this.slotOf.delete(chunkId);
    this.chunks.delete(chunkId);
    this.freeSlots.push(slot);
  }

  rank(query: string, limit?: number): readonly Ranked[] {
    let memo = this.cache.get(limit);
    if (!memo) {
      // The limits asked for are the reply engine's and a search's: a few, kept bounded.
      if (this.cache.size >= RANK_LIMITS) this.cache.clear();
      this.cache.set(limit, (memo = new Memo(RANK_CACHE_SIZE)));
    }
    let ranked = memo.get(query);
    if (!ranked) memo.set(query, (ranked = Object.freeze(rankBm25(query, this, limit))));
    return ranked;
  }
}
