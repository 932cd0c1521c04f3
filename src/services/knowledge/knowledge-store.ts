import { rankBm25, type Ranked } from '../replies/bm25.js';
import { tokenize } from '../replies/tokenize.js';
import { chunkText } from './chunk-text.js';

export interface KnowledgeChunk {
  id: string;
  entryId: string;
  scope: string;
  title: string;
  text: string;
  /** What a reply quotes, when not the ranked text itself (a Q&A pair answers with its answer). */
  answer?: string;
  /** Terms in the chunk (title included), for BM25's length normalisation. */
  length: number;
}

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

/** What the reply engine needs of one scope's knowledge. */
export interface KnowledgeView {
  rank(query: string): Ranked[];
  readonly size: number;
}

/**
 * One scope's chunks with an inverted index (term → chunk → count), so that ranking a
 * query touches only the chunks sharing a term with it, however large the scope.
 */
export class ScopeIndex implements KnowledgeView {
  readonly chunks = new Map<string, KnowledgeChunk>();
  readonly postings = new Map<string, Map<string, number>>();
  totalLength = 0;

  get size(): number {
    return this.chunks.size;
  }

  add(chunk: KnowledgeChunk, tokens: string[]): void {
    this.chunks.set(chunk.id, chunk);
    this.totalLength += chunk.length;
    for (const t of tokens) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = new Map()));
      list.set(chunk.id, (list.get(chunk.id) ?? 0) + 1);
    }
  }

  remove(chunkId: string, tokens: Iterable<string>): void {
    const chunk = this.chunks.get(chunkId);
    if (!chunk) return;
    this.chunks.delete(chunkId);
    this.totalLength -= chunk.length;
    for (const t of new Set(tokens)) {
      const list = this.postings.get(t);
      list?.delete(chunkId);
      if (list && list.size === 0) this.postings.delete(t);
    }
  }

  rank(query: string): Ranked[] {
    return rankBm25(query, this);
  }
}

const EMPTY: KnowledgeView = { rank: () => [], size: 0 };

/**
 * The knowledge every vendor's bots answer from, kept by scope (an Asyntai website, a
 * Chungtair bot, a Companin organisation). Adding and deleting take effect at once.
 */
export class KnowledgeStore {
  private readonly scopes = new Map<string, ScopeIndex>();
  private readonly entries = new Map<string, { scope: string; chunks: { id: string; tokens: string[] }[] }>();

  add(entry: KnowledgeEntryInput): KnowledgeChunk[] {
    const texts = entry.chunks ?? chunkText(entry.text ?? '');
    let index = this.scopes.get(entry.scope);
    if (!index) this.scopes.set(entry.scope, (index = new ScopeIndex()));
    const made = texts.map((text, i) => {
      const tokens = tokenize(`${entry.title}\n${text}`);
      const chunk: KnowledgeChunk = { id: `${entry.id}#${String(i).padStart(5, '0')}`, entryId: entry.id, scope: entry.scope, title: entry.title, text, answer: entry.answer, length: tokens.length };
      index.add(chunk, tokens);
      return { chunk, tokens };
    });
    this.entries.set(entry.id, { scope: entry.scope, chunks: made.map(({ chunk, tokens }) => ({ id: chunk.id, tokens })) });
    return made.map((m) => m.chunk);
  }

  remove(entryId: string): number {
    const entry = this.entries.get(entryId);
    if (!entry) return 0;
    const index = this.scopes.get(entry.scope)!;
    for (const c of entry.chunks) index.remove(c.id, c.tokens);
    this.entries.delete(entryId);
    return entry.chunks.length;
  }

  /** The scope's knowledge as the reply engine ranks it. */
  scope(scope: string): KnowledgeView {
    return this.scopes.get(scope) ?? EMPTY;
  }

  /** The scope's chunks, in the order they were added. */
  inScope(scope: string): KnowledgeChunk[] {
    return [...(this.scopes.get(scope)?.chunks.values() ?? [])];
  }

  clear(): void {
    this.scopes.clear();
    this.entries.clear();
  }
}
