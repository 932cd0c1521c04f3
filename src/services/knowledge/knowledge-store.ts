import { Table } from '../../core/table.js';
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
  /** Term counts and length, computed once here so that ranking never re-tokenizes. */
  terms: Map<string, number>;
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

/**
 * The knowledge every vendor's bots answer from, kept by scope (an Asyntai website, a
 * Chungtair bot, a Companin organisation). Adding and deleting take effect at once.
 */
export class KnowledgeStore {
  private readonly chunks = new Table<KnowledgeChunk>((c) => c.id, { scope: (c) => c.scope, entry: (c) => c.entryId });

  add(entry: KnowledgeEntryInput): KnowledgeChunk[] {
    const texts = entry.chunks ?? chunkText(entry.text ?? '');
    return texts.map((text, i) => {
      const tokens = tokenize(`${entry.title}\n${text}`);
      const terms = new Map<string, number>();
      for (const t of tokens) terms.set(t, (terms.get(t) ?? 0) + 1);
      return this.chunks.put({ id: `${entry.id}#${String(i).padStart(5, '0')}`, entryId: entry.id, scope: entry.scope, title: entry.title, text, answer: entry.answer, terms, length: tokens.length });
    });
  }

  remove(entryId: string): number {
    const ids = this.chunks.all('entry', entryId).map((c) => c.id);
    for (const id of ids) this.chunks.delete(id);
    return ids.length;
  }

  inScope(scope: string): KnowledgeChunk[] {
    return this.chunks.all('scope', scope);
  }

  clear(): void {
    this.chunks.clear();
  }
}
