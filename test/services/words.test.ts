import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, wordsIn } from '../../src/services/text/words.js';

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

describe('wordsIn', () => {
  const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
  const icu = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

  // Printable ASCII takes a scanner of its own; every class it tells apart is in `classes`,
  // so runs of them meet each rule it applies ("a.b", "1,5", "a_", "__", "a.1").
  it('finds the word-like segments Intl.Segmenter finds in ASCII text', () => {
    const classes = fc.string({ unit: fc.constantFrom(..."aZ19_.':,; -@/!\n\t"), maxLength: 40 });
    const printable = fc.string({ unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)) });
    for (const ascii of [classes, printable])
      fc.assert(
        fc.property(ascii, (text) => {
          expect(wordsIn(text)).toEqual(icu(text));
        }),
        { numRuns: 3000 },
      );
    expect(wordsIn("Don't pay 9.5 euros, e.g. 1,000.5 a.1 __ _ x_1")).toEqual([
      "Don't",
      'pay',
      '9.5',
      'euros',
      'e.g',
      '1,000.5',
      'a',
      '1',
      '__',
      'x_1',
    ]);
  });

  it('cuts long text into pieces where the segmenter would, in any script', () => {
    const long = `${'word '.repeat(300)}${'x'.repeat(1500)} ${'字'.repeat(10)} café`;
    const pieces = wordsIn(long);
    expect(pieces.filter((w) => w === 'word')).toHaveLength(300);
    expect(pieces.filter((w) => /^x+$/.test(w)).join('')).toBe('x'.repeat(1500));
    expect(pieces.at(-1)).toBe('café');
  });
});
