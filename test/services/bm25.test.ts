import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankBm25 } from '../../src/services/knowledge/bm25.js';
import { chunkTerms, ScopeIndex } from '../../src/services/knowledge/scope-index.js';

const WORDS = ['order', 'shipping', 'warranty', 'refund', 'battery', 'laptop', 'hours', 'store', 'card', 'parcel'];

describe('rankBm25', () => {
  it('keeps, with a limit, exactly the head of the whole ranking, ties ordered by chunk id', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 60 }),
        text,
        fc.integer({ min: 1, max: 10 }),
        (texts, query, limit) => {
          const index = new ScopeIndex();
          texts.forEach((t, i) => {
            const tokens = chunkTerms('', t);
            // Ids out of insertion order, and many equal texts: ties must fall to the id.
            const id = `c${(i * 37) % 101}`;
            index.add({ id, entryId: id, scope: 's', title: '', text: t, length: tokens.length }, tokens);
          });
          const all = rankBm25(query, index).map((r) => [r.chunk.id, r.score]);
          expect(rankBm25(query, index, limit).map((r) => [r.chunk.id, r.score])).toEqual(all.slice(0, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Ranking keeps each slot's length norm until the index changes; a change must never
  // leave one stale, whether a chunk is added, removed, or takes a freed slot.
  it('ranks after any additions and removals as a fresh index of the same chunks does', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    const chunk = (id: string, t: string) => {
      const tokens = chunkTerms('', t);
      return { chunk: { id, entryId: id, scope: 's', title: '', text: t, length: tokens.length }, tokens };
    };
    const step = fc.oneof(
      text.map((t) => ({ add: t })),
      fc.nat({ max: 30 }).map((n) => ({ remove: n })),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), text, (steps, query) => {
        const index = new ScopeIndex();
        const live = new Map<string, string>();
        steps.forEach((s, i) => {
          if ('add' in s) {
            const { chunk: c, tokens } = chunk(`c${i}`, s.add);
            index.add(c, tokens);
            live.set(c.id, s.add);
          } else {
            const id = [...live.keys()][s.remove % Math.max(1, live.size)];
            if (id === undefined) return;
            index.remove(id);
            live.delete(id);
          }
          rankBm25(query, index, 3); // works out the norms of this state
        });
        const fresh = new ScopeIndex();
        for (const [id, t] of live) {
          const { chunk: c, tokens } = chunk(id, t);
          fresh.add(c, tokens);
        }
        const scores = (i: ScopeIndex) => rankBm25(query, i).map((r) => [r.chunk.id, r.score]);
        expect(scores(index)).toEqual(scores(fresh));
      }),
      { numRuns: 300 },
    );
  });
});
