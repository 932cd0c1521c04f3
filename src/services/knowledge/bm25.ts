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
  /** Counts every change to the slots: the length norms are worked out again after one. */
  readonly changes: number;
}

/** Reused between queries: one slot per chunk, grown as scopes grow. */
let scratch = new Float64Array(1024);
let touched = new Int32Array(1024);

/**
 * Each slot's length term of BM25's denominator, `K1·(1 − B + B·length/average)`, kept
 * per index until it changes: a query touches most of a thousand chunks, and reading the
 * term beat working it out again (a third of a ranking's time, docs/performance.md).
 */
const norms = new WeakMap<InvertedIndex, { changes: number; norm: Float64Array }>();

function lengthNorms(index: InvertedIndex, avgLength: number): Float64Array {
  let known = norms.get(index);
  if (known?.changes !== index.changes) {
    const norm = new Float64Array(index.slotChunk.length);
    for (let slot = 0; slot < norm.length; slot++) norm[slot] = K1 * (1 - B + (B * index.slotLength[slot]) / avgLength);
    norms.set(index, (known = { changes: index.changes, norm }));
  }
  return known.norm;
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
  const norm = lengthNorms(index, index.totalLength / n || 1);
  for (const term of new Set(tokenize(query))) {
    const list = index.postings.get(term);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.slots.length + 0.5) / (list.slots.length + 0.5));
    const { slots, counts } = list;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i];
      const tf = counts[i];
      if (scores[slot] === 0) touched[count++] = slot;
      scores[slot] += idf * ((tf * (K1 + 1)) / (tf + norm[slot]));
    }
  }
  const better = (a: Ranked, b: Ranked) => b.score - a.score || (a.chunk.id < b.chunk.id ? -1 : 1);
  const ranked: Ranked[] = [];
  for (let t = 0; t < count; t++) {
    const slot = touched[t];
    const score = scores[slot];
    scores[slot] = 0;
    // Most chunks rank below the best `limit`: they are passed over on their score alone,
    // without reading the chunk or making an object (a common term touches most of them).
    if (ranked.length === limit && score < ranked[limit - 1].score) continue;
    const chunk = index.slotChunk[slot];
    if (!chunk) continue; // staged, not yet revealed
    if (ranked.length < limit) {
      ranked.push({ chunk, score });
      if (ranked.length === limit) ranked.sort(better);
      continue;
    }
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
