import { segments } from './words.js';

/**
 * Unicode-aware terms for ranking. Intl.Segmenter splits words in every script (ICU's
 * dictionaries cover Chinese and Japanese); runs of CJK and Hangul also yield character
 * bigrams, so a question worded differently from the knowledge still overlaps with it.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

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
  const terms: string[] = [];
  for (const { segment, isWordLike } of segments(text.normalize('NFKC').toLowerCase())) {
    if (!isWordLike) continue;
    if (CJK.test(segment)) {
      const chars = [...segment];
      if (chars.length === 1) terms.push(segment);
      else for (let i = 0; i < chars.length - 1; i++) terms.push(chars[i] + chars[i + 1]);
      continue;
    }
    if (STOPWORDS.has(segment)) continue;
    terms.push(stem(segment));
  }
  return terms;
}
