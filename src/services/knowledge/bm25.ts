import type { KnowledgeChunk } from './chunk.js';
import { tokenize } from '../text/tokenize.js';

const K1 = 1.2;
const B = 0.75;

export interface Ranked {
  chunk: KnowledgeChunk;
  score: number;
}

/**
 * One term's postings: the slots of the chunks that have it and how often. `weights` is
 * ranking's own: each posting's BM25 term-frequency part, kept until the index changes.
 */
export interface Postings {
  slots: number[];
  counts: number[];
  weights?: Float64Array;
  /** The index's `changes` when `weights` were worked out. */
  weighedAt?: number;
}

/** What ranking reads of a scope's inverted index (knowledge-store.ts builds it). */
interface InvertedIndex {
  readonly postings: Map<string, Postings>;
  readonly slotChunk: (KnowledgeChunk | undefined)[];
  readonly slotLength: number[];
  readonly totalLength: number;
  readonly size: number;
  /** Counts every change to the slots: weights are worked out again after one. */
  readonly changes: number;
}

/** Reused between queries: one slot per chunk, grown as scopes grow. */
let scratch = new Float64Array(1024);
let touched = new Int32Array(1024);

/**
 * Each posting's `tf·(K1 + 1) / (tf + K1·(1 − B + B·length/average))`, kept on the postings
 * until the index changes: a common term has a posting in most of a thousand chunks, and
 * the division for each was most of a ranking's time (docs/performance.md).
 */
function weightsOf(list: Postings, index: InvertedIndex, avgLength: number): Float64Array {
  if (list.weights && list.weighedAt === index.changes) return list.weights;
  const { slots, counts } = list;
  const weights = new Float64Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const tf = counts[i];
    weights[i] = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * index.slotLength[slots[i]]) / avgLength));
  }
  list.weights = weights;
  list.weighedAt = index.changes;
  return weights;
}

/**
 * Okapi BM25 over one scope through its inverted index: only chunks sharing a term with
 * the query are scored, and only the best `limit` are sorted. Equal scores order by
 * chunk id, so a ranking never depends on insertion history.
 */
export function rankBm25(query: string, index: InvertedIndex, limit = Infinity): Ranked[] {
  const n = index.size;
  if (n === 0) return [];
  if (scratch.length < index.slotChunk.length) {
    scratch = new Float64Array(index.slotChunk.length * 2);
    touched = new Int32Array(index.slotChunk.length * 2);
  }
  const scores = scratch;
  let count = 0;
  const avgLength = index.totalLength / n || 1;
  for (const term of new Set(tokenize(query))) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.slots.length + 0.5) / (list.slots.length + 0.5));
    const weights = weightsOf(list, index, avgLength);
    const slots = list.slots;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      const score = scores[slot];
      if (score === 0) touched[count++] = slot;
      scores[slot] = score + idf * weights[i];
    }
  }
  const better = (a: Ranked, b: Ranked) => b.score - a.score || (a.chunk.id < b.chunk.id ? -1 : 1);
  const ranked: Ranked[] = [];
  // The last kept score once `limit` are kept: most chunks rank below it and are passed
  // over on their score alone, without reading the chunk or making an object.
  let floor = -Infinity;
  for (let t = 0; t < count; t++) {
    const slot = touched[t];
    const score = scores[slot];
    scores[slot] = 0;
    if (score < floor) continue;
    const chunk = index.slotChunk[slot];
    if (!chunk) continue; // staged, not yet revealed
    if (ranked.length < limit) {
      ranked.push({ chunk, score });
      if (ranked.length === limit) floor = ranked.sort(better)[limit - 1].score;
      continue;
    }
    const last = ranked[limit - 1];
    if (score === last.score && chunk.id >= last.chunk.id) continue;
    // Keep only the best `limit`: insert in order, drop the last.
    const entry = { chunk, score };
    let at = limit - 1;
    while (at > 0 && better(entry, ranked[at - 1]) < 0) at--;
    ranked.splice(at, 0, entry);
    ranked.pop();
    floor = ranked[limit - 1].score;
  }
  return ranked.length < limit ? ranked.sort(better) : ranked;
}
