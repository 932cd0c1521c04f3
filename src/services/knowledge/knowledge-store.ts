import { Memo } from '../../core/memo.js';
import { rankBm25, type Ranked } from './bm25.js';
import { TimeSlicer, yieldToEventLoop } from '../../core/yield.js';
import type { KnowledgeChunk } from './chunk.js';
import { tokenize } from '../text/tokenize.js';
import { chunkText } from './chunk-text.js';

export interface KnowledgeEntryInput {
  id: string;
  scope: string;
  title: string;
  /** Pre-made chunks (a spreadsheet's rows); otherwise `text` is chunked. */
  chunks?: string[];
  text?: string;
  /** For a single-chunk entry such as a Q&A pair: the text a reply quotes. */
  answer?: string;
}

/** The terms a chunk is indexed under: its title and its text. */
const chunkTerms = (title: string, text: string) => tokenize(`${title}\n${text}`);

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
  readonly postings = new Map<string, { slots: number[]; counts: number[] }>();
  readonly slotChunk: (KnowledgeChunk | undefined)[] = [];
  readonly slotLength: number[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  /** Recent rankings by query; any change to the scope clears it, so answers never go stale. */
  private readonly cache = new Memo<string, readonly Ranked[]>(RANK_CACHE_SIZE);
  totalLength = 0;

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
    const key = `${limit ?? ''}\u0000${query}`;
    let ranked = this.cache.get(key);
    if (!ranked) this.cache.set(key, (ranked = Object.freeze(rankBm25(query, this, limit))));
    return ranked;
  }
}

/** Rankings remembered per scope: a load test or a busy FAQ repeats its questions. */
const RANK_CACHE_SIZE = 256;

const chunkOf = (entry: KnowledgeEntryInput, text: string, i: number, length: number): KnowledgeChunk => ({
  id: `${entry.id}#${String(i).padStart(5, '0')}`,
  entryId: entry.id,
  scope: entry.scope,
  title: entry.title,
  text,
  answer: entry.answer,
  length,
});

const EMPTY: KnowledgeView = { rank: () => [], size: 0 };

/**
 * The knowledge every vendor's bots answer from, kept by scope (a website, a bot, an
 * organisation: whatever the vendor's knowledge belongs to). Adding and deleting take effect at once.
 */
export class KnowledgeStore {
  private readonly scopes = new Map<string, ScopeIndex>();
  private readonly entries = new Map<string, { scope: string; chunkIds: string[] }>();
  /** Each scope's entry ids, oldest first. */
  private readonly scopeEntries = new Map<string, Set<string>>();

  /** Adds an entry at once: for seeding and small entries. */
  add(entry: KnowledgeEntryInput): KnowledgeChunk[] {
    const index = this.indexOf(entry.scope);
    const texts = entry.chunks ?? chunkText(entry.text ?? '');
    const made = texts.map((text, i) => {
      const tokens = chunkTerms(entry.title, text);
      const chunk = chunkOf(entry, text, i, tokens.length);
      index.add(chunk, tokens);
      return chunk;
    });
    return this.record(entry, made);
  }

  /**
   * Adds an entry of any size without holding the event loop: chunks are tokenized and
   * staged in time slices, then revealed in one short step, so a reply never ranks half
   * an entry.
   */
  async addSliced(entry: KnowledgeEntryInput): Promise<KnowledgeChunk[]> {
    const index = this.indexOf(entry.scope);
    await yieldToEventLoop();
    const texts = entry.chunks ?? chunkText(entry.text ?? '');
    await yieldToEventLoop();
    const slicer = new TimeSlicer();
    const staged: [KnowledgeChunk, number][] = [];
    for (const [i, text] of texts.entries()) {
      const tokens = chunkTerms(entry.title, text);
      const chunk = chunkOf(entry, text, i, tokens.length);
      staged.push([chunk, index.stage(chunk, tokens)]);
      await slicer.due();
    }
    for (const [chunk, slot] of staged) index.reveal(chunk, slot);
    return this.record(
      entry,
      staged.map(([chunk]) => chunk),
    );
  }

  private indexOf(scope: string): ScopeIndex {
    let index = this.scopes.get(scope);
    if (!index) this.scopes.set(scope, (index = new ScopeIndex()));
    return index;
  }

  private record(entry: KnowledgeEntryInput, made: KnowledgeChunk[]): KnowledgeChunk[] {
    this.entries.set(entry.id, { scope: entry.scope, chunkIds: made.map((c) => c.id) });
    let ids = this.scopeEntries.get(entry.scope);
    if (!ids) this.scopeEntries.set(entry.scope, (ids = new Set()));
    ids.add(entry.id);
    return made;
  }

  remove(entryId: string): number {
    const entry = this.entries.get(entryId);
    if (!entry) return 0;
    const index = this.scopes.get(entry.scope)!;
    for (const id of entry.chunkIds) index.remove(id);
    this.entries.delete(entryId);
    this.scopeEntries.get(entry.scope)?.delete(entryId);
    return entry.chunkIds.length;
  }

  /** Entries and chunks held in every scope. */
  census(): { entries: number; chunks: number } {
    let chunks = 0;
    for (const index of this.scopes.values()) chunks += index.size;
    return { entries: this.entries.size, chunks };
  }

  /** The scope's knowledge as the reply engine ranks it. */
  scope(scope: string): KnowledgeView {
    return this.scopes.get(scope) ?? EMPTY;
  }

  /** The scope's chunks, in the order they were added. */
  inScope(scope: string): KnowledgeChunk[] {
    return [...(this.scopes.get(scope)?.chunks.values() ?? [])];
  }

  /**
   * Removes the scope's oldest entries until at most `max` remain: a scope that is only
   * ever added to (a soak writing Q&A pairs) keeps its latest entries, not all of them.
   */
  keepLatest(scope: string, max: number): void {
    const ids = this.scopeEntries.get(scope);
    if (!ids) return;
    for (const oldest of Array.from(ids).slice(0, Math.max(0, ids.size - max))) this.remove(oldest);
  }

  /** Every entry as it was added (its chunks as made), oldest first per scope, for a state file. */
  dump(): KnowledgeEntryInput[] {
    const out: KnowledgeEntryInput[] = [];
    for (const [scope, ids] of this.scopeEntries) {
      const index = this.scopes.get(scope)!;
      for (const id of ids) {
        const chunks = this.entries.get(id)!.chunkIds.map((c) => index.chunks.get(c)!);
        if (!chunks.length) continue;
        out.push({ id, scope, title: chunks[0].title, chunks: chunks.map((c) => c.text), answer: chunks[0].answer });
      }
    }
    return out;
  }

  /** Entries from a state file, indexed again; what was held before is gone. */
  load(entries: KnowledgeEntryInput[]): void {
    this.clear();
    for (const e of entries) this.add(e);
  }

  clear(): void {
    this.scopes.clear();
    this.entries.clear();
    this.scopeEntries.clear();
  }
}
