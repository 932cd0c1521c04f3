import { TimeSlicer, yieldToEventLoop } from '../../core/yield.js';
import type { KnowledgeChunk } from './chunk.js';
import { chunkText } from './chunk-text.js';
import { chunkTerms, ScopeIndex, type KnowledgeView } from './scope-index.js';

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
