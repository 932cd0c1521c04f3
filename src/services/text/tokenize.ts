import { wordsIn } from './words.js';

/**
 * Unicode-aware terms for ranking. A run of CJK or Hangul characters yields its character
 * bigrams (a lone character, itself), so a question worded differently from the knowledge
 * still overlaps with it; other text is split into words as Intl.Segmenter splits it (words.ts). CJK runs do not
 * go through the segmenter: its dictionary segmentation was most of the cost (2,000,000
 * Chinese characters: 2.8 s), and bigrams need no word boundaries.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

const STOPWORDS = new Set(
  (
    'a an and are as at be but by can do does for from have how i if in is it me my of on or our so that the their ' +
    'there this to was we what when where which who why will with you your'
  ).split(' '),
);

/** A light English stemmer: enough to meet "shipping" with "ship" and "items" with "item". */
function stem(word: string): string {
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  let w = word.replace(/(ies)$/, 'y').replace(/(ing|ed|es|s)$/, '');
  if (w.length >= 4 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w.length >= 3 ? w : word;
}

export function tokenize(text: string): string[] {
  const normal = text.normalize('NFKC').toLowerCase();
  const terms: string[] = [];
  let last = 0;
  for (const run of normal.matchAll(CJK_RUN)) {
    words(normal.slice(last, run.index), terms);
    bigrams(run[0], terms);
    last = run.index + run[0].length;
  }
  words(normal.slice(last), terms);
  return terms;
}

function bigrams(run: string, terms: string[]): void {
  const chars = [...run];
  if (chars.length === 1) terms.push(run);
  else for (let i = 0; i < chars.length - 1; i++) terms.push(chars[i] + chars[i + 1]);
}

function words(text: string, terms: string[]): void {
  if (!HAS_WORD.test(text)) return;
  for (const word of wordsIn(text)) if (!STOPWORDS.has(word)) terms.push(stem(word));
}
