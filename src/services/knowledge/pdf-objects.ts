/**
 * Just enough of PDF's object syntax to find what reading a file's pages would inflate:
 * indirect objects, streams, object streams and the page tree. Not a PDF reader: values
 * that do not matter for that (strings, unknown keywords) are skipped, and a broken object
 * is passed over as pdf.js's own recovery would. One pass over the file, no recursion
 * past MAX_NESTING, so a hostile file costs time linear in its size.
 */

class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(readonly num: number) {}
}
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

/** A stream's dictionary and where its bytes lie in the text it was read from. */
export interface PdfStream {
  dict: PdfDict;
  text: string;
  start: number;
  end: number;
}

export type PdfObject = PdfValue | PdfStream;
export const isStream = (o: PdfObject | undefined): o is PdfStream =>
  typeof o === 'object' && o !== null && 'dict' in o && 'text' in o;

const MAX_NESTING = 64;

class SyntaxTrouble extends Error {}

// Whitespace and delimiters by PDF 32000-1 7.2.2 and 7.2.3.
const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (c: number) => !Number.isNaN(c) && !WHITE.has(c) && !DELIMITER.has(c);
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)/y;
const REF_TAIL = /\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/y;

/** Reads values from `text` (a file or an object stream, as latin1) from `at` on. */
class PdfLexer {
  constructor(
    readonly text: string,
    public at = 0,
  ) {}

  skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.at);
      if (WHITE.has(c)) this.at++;
      else if (c === 0x25) {
        // a comment runs to the end of its line
        while (this.at < t.length && t.charCodeAt(this.at) !== 0x0a && t.charCodeAt(this.at) !== 0x0d) this.at++;
      } else return;
    }
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_NESTING) throw new SyntaxTrouble('nested too deeply');
    this.skipSpace();
    const t = this.text;
    const c = t.charCodeAt(this.at);
    if (Number.isNaN(c)) throw new SyntaxTrouble('ends early');
    if (c === 0x3c && t.charCodeAt(this.at + 1) === 0x3c) return this.dict(depth);
    if (c === 0x3c) return (this.skipTo('>'), null); // a hex string
    if (c === 0x5b) return this.array(depth);
    if (c === 0x28) return (this.literalString(), null);
    if (c === 0x2f) return new PdfName(this.word(this.at + 1));
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(t);
    if (number) {
      this.at = NUMBER.lastIndex;
      REF_TAIL.lastIndex = this.at;
      const ref = /^\d+$/.test(number[0]) ? REF_TAIL.exec(t) : null;
      if (!ref) return Number(number[0]);
      this.at = REF_TAIL.lastIndex;
      return new PdfRef(Number(number[0]));
    }
    if (c === 0x3e || c === 0x5d || c === 0x29 || c === 0x7b || c === 0x7d)
      throw new SyntaxTrouble('a stray delimiter');
    const word = this.word(this.at);
    return word === 'true' ? true : word === 'false' ? false : null;
  }

  private word(from: number): string {
    let end = from;
    while (isRegular(this.text.charCodeAt(end))) end++;
    this.at = end;
    return this.text.slice(from, end);
  }

  private dict(depth: number): PdfDict {
    const out: PdfDict = new Map();
    this.at += 2;
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('>>', this.at)) {
        this.at += 2;
        return out;
      }
      const key = this.value(depth + 1);
      if (!(key instanceof PdfName)) throw new SyntaxTrouble('a dictionary key that is not a name');
      out.set(key.name, this.value(depth + 1));
    }
  }

  private array(depth: number): PdfValue[] {
    const out: PdfValue[] = [];
    this.at++;
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.at) === 0x5d) {
        this.at++;
        return out;
      }
      out.push(this.value(depth + 1));
    }
  }

  private literalString(): void {
    const t = this.text;
    let open = 0;
    for (; this.at < t.length; this.at++) {
      const c = t.charCodeAt(this.at);
      if (c === 0x5c) this.at++;
      else if (c === 0x28) open++;
      else if (c === 0x29 && --open === 0) {
        this.at++;
        return;
      }
    }
    throw new SyntaxTrouble('an unterminated string');
  }

  private skipTo(end: string): void {
    const at = this.text.indexOf(end, this.at);
    if (at < 0) throw new SyntaxTrouble('an unterminated hex string');
    this.at = at + 1;
  }
}

export interface PdfFile {
  objects: Map<number, PdfObject>;
  /** The catalog's reference from the last trailer or cross-reference stream. */
  root?: PdfValue;
}

const OBJ = /(\d+)\s+\d+\s+obj(?![^\s()<>[\]{}/%])/g;
const TRAILER = /trailer\s*<</g;
const EOL_AFTER_STREAM = /stream(?:\r\n|\n|\r)?/y;

/**
 * Every indirect object in `text`, a later definition replacing an earlier one (as an
 * incremental update does). `pause` is awaited now and then so that a large file is read
 * in slices of the event loop.
 */
export async function readObjects(text: string, pause: () => Promise<void>): Promise<PdfFile> {
  const file: PdfFile = { objects: new Map() };
  const lexer = new PdfLexer(text);
  OBJ.lastIndex = 0;
  let count = 0;
  for (let m = OBJ.exec(text); m; m = OBJ.exec(text)) {
    if (++count % 512 === 0) await pause();
    lexer.at = OBJ.lastIndex;
    try {
      const value = lexer.value();
      lexer.skipSpace();
      EOL_AFTER_STREAM.lastIndex = lexer.at;
      if (value instanceof Map && EOL_AFTER_STREAM.test(text)) {
        const start = EOL_AFTER_STREAM.lastIndex;
        const end = streamEnd(text, start, value.get('Length'));
        file.objects.set(Number(m[1]), { dict: value, text, start, end });
        OBJ.lastIndex = end;
      } else {
        file.objects.set(Number(m[1]), value);
        OBJ.lastIndex = lexer.at;
      }
      if (value instanceof Map && value.has('Root') && nameOf(value.get('Type')) === 'XRef')
        file.root = value.get('Root');
    } catch (e) {
      if (!(e instanceof SyntaxTrouble)) throw e;
    }
  }
  TRAILER.lastIndex = 0;
  for (let m = TRAILER.exec(text); m; m = TRAILER.exec(text)) {
    lexer.at = m.index + m[0].length - 2;
    try {
      const trailer = lexer.value();
      if (trailer instanceof Map && trailer.has('Root')) file.root = trailer.get('Root');
    } catch (e) {
      if (!(e instanceof SyntaxTrouble)) throw e;
    }
  }
  return file;
}

/** Where a stream's bytes end: its direct /Length when `endstream` follows it there, else the next `endstream`. */
function streamEnd(text: string, start: number, length: PdfValue | undefined): number {
  if (typeof length === 'number' && length >= 0 && start + length <= text.length) {
    const after = text.slice(start + length, start + length + 32);
    if (/^\s*endstream/.test(after)) return start + length;
  }
  const at = text.indexOf('endstream', start);
  return at < 0 ? text.length : at;
}

/**
 * The objects an object stream holds (PDF 32000-1 7.5.7), read from its decoded text.
 * Objects defined directly in the file win over these.
 */
export function readObjectStream(file: PdfFile, dict: PdfDict, decoded: string): void {
  const n = dict.get('N');
  const first = dict.get('First');
  if (typeof n !== 'number' || typeof first !== 'number') return;
  const header = new PdfLexer(decoded.slice(0, first));
  const lexer = new PdfLexer(decoded);
  for (let i = 0; i < n; i++) {
    try {
      const num = header.value();
      const offset = header.value();
      if (typeof num !== 'number' || typeof offset !== 'number') return;
      if (file.objects.has(num)) continue;
      lexer.at = first + offset;
      file.objects.set(num, lexer.value());
    } catch (e) {
      if (!(e instanceof SyntaxTrouble)) throw e;
      return;
    }
  }
}

export const nameOf = (v: PdfValue | undefined): string | undefined => (v instanceof PdfName ? v.name : undefined);
