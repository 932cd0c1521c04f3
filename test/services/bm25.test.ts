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
});
