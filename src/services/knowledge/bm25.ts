import type { KnowledgeChunk } from './chunk.js';
import { tokenize } from '../text/tokenize.js';

const K1 = 1.2;
const B = 0.75;

export interface Ranked {
  chunk: KnowledgeChunk;
  score: number;
}

/** What ranking reads of a scope's inverted index (knowledge-store.ts builds it). */
interface InvertedIndex {
  readonly postings: Map<string, { slots: number[]; counts: number[] }>;
  readonly slotChunk: (KnowledgeChunk | undefined)[];
  readonly slotLength: number[];
  readonly totalLength: number;
  readonly size: number;
}

/** Reused between queries: one slot per chunk, grown as scopes grow. */
let scratch = new Float64Array(1024);

/**
 * Okapi BM25 over one scope through its inverted index: only chunks sharing a term with
 * the query are scored, and only the best `limit` are sorted. Equal scores order by
 * chunk id, so a ranking never depends on insertion history.
 */
export function rankBm25(query: string, index: InvertedIndex, limit = Infinity): Ranked[] {
  const n = index.size;
  if (n === 0) return [];
  if (scratch.length < index.slotChunk.length) scratch = new Float64Array(index.slotChunk.length * 2);
  const scores = scratch;
  const touched: number[] = [];
  const avgLength = index.totalLength / n || 1;
  for (const term of new Set(tokenize(query))) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.slots.length + 0.5) / (list.slots.length + 0.5));
    const { slots, counts } = list;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      const tf = counts[i];
      if (scores[slot] === 0) touched.push(slot);
      scores[slot] += idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * index.slotLength[slot]) / avgLength)));
    }
  }
  const better = (a: Ranked, b: Ranked) => b.score - a.score || (a.chunk.id < b.chunk.id ? -1 : 1);
  const ranked: Ranked[] = [];
  for (const slot of touched) {
    const chunk = index.slotChunk[slot];
    const score = scores[slot];
    scores[slot] = 0;
    if (!chunk) continue; // staged, not yet revealed
    if (ranked.length < limit) {
      ranked.push({ chunk, score });
      if (ranked.length === limit) ranked.sort(better);
      continue;
    }
    // Most chunks rank below the best `limit`: they are passed over without an object each
    // (a common term touches most of a thousand chunks).
    const last = ranked[ranked.length - 1];
    if (score < last.score || (score === last.score && chunk.id >= last.chunk.id)) continue;
    // Keep only the best `limit`: insert in order, drop the last.
    const entry = { chunk, score };
    let at = ranked.length - 1;
    while (at > 0 && better(entry, ranked[at - 1]) < 0) at--;
    ranked.splice(at, 0, entry);
    ranked.pop();
  }
  return ranked.length < limit ? ranked.sort(better) : ranked;
}
