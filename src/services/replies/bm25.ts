import type { KnowledgeChunk } from '../knowledge/knowledge-store.js';
import { tokenize } from './tokenize.js';

const K1 = 1.2;
const B = 0.75;

export interface Ranked {
  chunk: KnowledgeChunk;
  score: number;
}

/**
 * Okapi BM25 over one scope's chunks. Chunk terms are counted once, when the chunk is
 * stored (KnowledgeStore), so a query costs one pass over the scope's chunks.
 */
export function rankBm25(query: string, chunks: KnowledgeChunk[]): Ranked[] {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0 || chunks.length === 0) return [];
  const n = chunks.length;
  const avgLength = chunks.reduce((sum, c) => sum + c.length, 0) / n || 1;
  const idf = new Map<string, number>();
  for (const t of terms) {
    const df = chunks.reduce((count, c) => count + (c.terms.has(t) ? 1 : 0), 0);
    idf.set(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  const ranked: Ranked[] = [];
  for (const chunk of chunks) {
    let score = 0;
    for (const t of terms) {
      const tf = chunk.terms.get(t);
      if (!tf) continue;
      score += idf.get(t)! * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * chunk.length) / avgLength)));
    }
    if (score > 0) ranked.push({ chunk, score });
  }
  // Ties break on chunk id so that equal scores always rank the same way.
  return ranked.sort((a, b) => b.score - a.score || (a.chunk.id < b.chunk.id ? -1 : 1));
}
