import type { KnowledgeChunk, ScopeIndex } from '../knowledge/knowledge-store.js';
import { tokenize } from './tokenize.js';

const K1 = 1.2;
const B = 0.75;

export interface Ranked {
  chunk: KnowledgeChunk;
  score: number;
}

/**
 * Okapi BM25 over one scope, through its inverted index: only chunks that share a term
 * with the query are scored.
 */
export function rankBm25(query: string, index: Pick<ScopeIndex, 'chunks' | 'postings' | 'totalLength'>): Ranked[] {
  const n = index.chunks.size;
  if (n === 0) return [];
  const avgLength = index.totalLength / n || 1;
  const scores = new Map<string, number>();
  for (const term of new Set(tokenize(query))) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const idf = Math.log(1 + (n - postings.size + 0.5) / (postings.size + 0.5));
    for (const [chunkId, tf] of postings) {
      const length = index.chunks.get(chunkId)!.length;
      scores.set(chunkId, (scores.get(chunkId) ?? 0) + idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avgLength))));
    }
  }
  const ranked: Ranked[] = [];
  for (const [chunkId, score] of scores) ranked.push({ chunk: index.chunks.get(chunkId)!, score });
  // Ties break on chunk id so that equal scores always rank the same way.
  return ranked.sort((a, b) => b.score - a.score || (a.chunk.id < b.chunk.id ? -1 : 1));
}
