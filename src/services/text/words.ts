import { TimeSlicer } from '../../core/yield.js';

// Made on first use: making one took 15 ms of the browser build's start (docs/performance.md).
let segmenter: Intl.Segmenter | undefined;

/** The longest piece handed to Intl.Segmenter at once. */
const PIECE = 1000;

/**
 * The word-like segments of `text`, as Intl.Segmenter's word granularity gives them.
 * Its cost grows faster than its input (measured here: 50,000 characters 0.4 s, 200,000
 * characters 22 s), so text is segmented in pieces of at most PIECE characters, cut at the
 * last white space in the piece's second half where there is one (a hard cut otherwise,
 * never inside a surrogate pair). Work is then linear in the text. A piece of printable
 * ASCII is read by asciiWords: the segmenter took 20 µs for a question of ten words.
 */
export function wordsIn(text: string, out: string[] = []): string[] {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      let cut = end;
      while (cut > start + PIECE / 2 && !/\s/.test(text[cut - 1])) cut--;
      end = cut > start + PIECE / 2 ? cut : end;
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end--;
    }
    const piece = text.slice(start, end);
    if (ASCII.test(piece)) asciiWords(piece, out);
    else
      for (const { segment, isWordLike } of (segmenter ??= new Intl.Segmenter('und', { granularity: 'word' })).segment(
        piece,
      ))
        if (isWordLike) out.push(segment);
    start = end;
  }
  return out;
}

/** UAX #29's word-break classes of printable ASCII, as ICU's rules apply them. */
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 4; // ExtendNumLet: joins letters, digits and itself
const MID_LETTER = 8; // between two letters: . ' :
const MID_NUM = 16; // between two digits: . ' , ;
const JOINED = LETTER | DIGIT | UNDERSCORE;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] =
    (/[A-Za-z]/.test(ch) ? LETTER : 0) |
    (/\d/.test(ch) ? DIGIT : 0) |
    (ch === '_' ? UNDERSCORE : 0) |
    (".':".includes(ch) ? MID_LETTER : 0) |
    (".',;".includes(ch) ? MID_NUM : 0);
}

/**
 * Intl.Segmenter's word-like segments of printable ASCII, in one pass: a run of letters,
 * digits and underscores, continued across one mid character between two letters or two
 * digits ("don't", "e.g", "9.5", "1,000"). A lone underscore is not word-like; two are.
 * test/services/words.test.ts holds it to the segmenter of the Node it runs on.
 */
function asciiWords(text: string, out: string[]): void {
  const n = text.length;
  for (let i = 0; i < n;) {
    const first = CLASS[text.charCodeAt(i)];
    if (!(first & JOINED)) {
      i++;
      continue;
    }
    let j = i + 1;
    let alphanumeric = first & (LETTER | DIGIT);
    while (j < n) {
      const c = CLASS[text.charCodeAt(j)];
      if (c & JOINED) {
        alphanumeric |= c & (LETTER | DIGIT);
        j++;
        continue;
      }
      if (j + 1 === n) break;
      const both = CLASS[text.charCodeAt(j - 1)] & CLASS[text.charCodeAt(j + 1)];
      if ((both & LETTER && c & MID_LETTER) || (both & DIGIT && c & MID_NUM)) j += 2;
      else break;
    }
    if (alphanumeric || j - i > 1) out.push(text.slice(i, j));
    i = j;
  }
}

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
/** A word elsewhere: letters and digits, joined by an apostrophe or a point ("don't", "9.5"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*/gu;

/** Printable ASCII and white space; other text (control characters too) takes the Unicode path. */
const ASCII = /^[\t\n\r -~]*$/;
const ASCII_WORD = /[A-Za-z0-9]+(?:['.][A-Za-z0-9]+)*/g;

/**
 * Words in every script, in one linear pass. Chinese and Japanese put no spaces between
 * words, and ICU's dictionary segmentation of them cost 2.5 s on 2,000,000 characters
 * (with the garbage collector busy on millions of segment objects), so a run of Han or
 * kana counts one word per two characters, the length of a typical word. Elsewhere, Korean
 * included, a word is a run of letters and digits.
 */
function countIn(text: string): number {
  // The same count for ASCII text, without the Unicode classes: V8 builds those on their
  // first use (13 ms of a start that seeds the demo's knowledge).
  if (ASCII.test(text)) return text.match(ASCII_WORD)?.length ?? 0;
  let count = 0;
  for (const run of text.matchAll(HAN_KANA)) count += Math.ceil([...run[0]].length / 2);
  for (const _ of text.replace(HAN_KANA, ' ').matchAll(WORD)) count++;
  return count;
}

export const countWords = countIn;

/** countWords for long text, a piece at a time with yields between. */
export async function countWordsSliced(text: string): Promise<number> {
  const slicer = new TimeSlicer();
  let count = 0;
  let at = 0;
  while (at < text.length) {
    // Cut where a space is, so no word is split (a hard cut in text without spaces).
    let end = Math.min(text.length, at + 20_000);
    const space = text.lastIndexOf(' ', end);
    if (end < text.length && space > at) end = space;
    count += countIn(text.slice(at, end));
    at = end;
    await slicer.due();
  }
  return count;
}
