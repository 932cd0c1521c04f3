import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/services/text/words.js';

describe('countWords', () => {
  // ASCII text takes a shorter path; a no-break space (not a word, not ASCII) forces the Unicode one.
  it('counts ASCII text as the Unicode path does', () => {
    const wordy = fc.string({ unit: fc.constantFrom(..."ab9Z .'-,\n\t"), maxLength: 200 });
    const any = fc.string({ unit: 'binary-ascii', maxLength: 200 });
    for (const ascii of [wordy, any])
      fc.assert(
        fc.property(ascii, (text) => countWords(text) === countWords(text + '\u00a0')),
        { numRuns: 500 },
      );
    expect(countWords("Don't pay 9.5 euros, please.")).toBe(5);
  });

  it('counts Han and kana a word per two characters', () => {
    expect(countWords('營業時間是 and more')).toBe(5);
  });
});
