import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextRing } from '../../src/core/text-ring.js';

/** What UTF-8 keeps of a text: a lone surrogate becomes U+FFFD, the length stays. */
const roundTrip = (t: string | undefined) =>
  t === undefined ? t : new TextDecoder().decode(new TextEncoder().encode(t));

describe('TextRing', () => {
  it('gives back the texts of the last `slots` puts, whatever their sizes and characters', () => {
    const part = fc.option(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.string({ minLength: 30, maxLength: 200 }),
        // Three bytes a character: the room a text is given is then all used.
        fc.string({ unit: fc.constantFrom('€', '中'), maxLength: 60 }),
      ),
      {
        nil: undefined,
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        // A buffer that starts small wraps and grows often.
        fc.integer({ min: 1, max: 300 }),
        fc.array(fc.array(part, { minLength: 3, maxLength: 3 }), { maxLength: 80 }),
        (slots, initialBytes, puts) => {
          const ring = new TextRing(slots, 3, initialBytes);
          puts.forEach((texts, i) => {
            const seq = i + 1;
            const oldest = Math.max(1, seq - slots + 1);
            ring.put(seq % slots, texts, oldest === seq ? -1 : oldest % slots);
          });
          for (let seq = puts.length; seq > 0 && seq > puts.length - slots; seq--)
            expect(ring.get(seq % slots)).toEqual(puts[seq - 1].map(roundTrip));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps every text it must when each character takes three bytes, the room it reserves all used', () => {
    let seed = 7;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    for (let run = 0; run < 300; run++) {
      const slots = 1 + next(12);
      const ring = new TextRing(slots, 3, 1 + next(300));
      const put: string[][] = [];
      for (let seq = 1; seq <= 60; seq++) {
        const texts = [0, 1, 2].map(() => '€'.repeat(next(60)));
        put.push(texts);
        const oldest = Math.max(1, seq - slots + 1);
        ring.put(seq % slots, texts, oldest === seq ? -1 : oldest % slots);
        for (let s = seq; s > 0 && s > seq - slots; s--) expect(ring.get(s % slots)).toEqual(put[s - 1]);
      }
    }
  });

  it('grows rather than overwrite a text still kept, and starts empty when cleared', () => {
    const ring = new TextRing(2, 1);
    const big = 'x'.repeat(400_000); // more than the buffer starts with
    ring.put(1, [big], -1);
    ring.put(0, ['é'.repeat(200_000)], 1);
    expect(ring.get(1)).toEqual([big]);
    expect(ring.get(0)).toEqual(['é'.repeat(200_000)]);
    ring.clear();
    ring.put(1, ['after'], -1);
    expect(ring.get(1)).toEqual(['after']);
  });
});
