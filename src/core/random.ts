/** The seed a mock starts with unless told otherwise (--seed, `seed`). */
export const DEFAULT_SEED = 1;

/**
 * A seeded generator for every id the mock makes. Math.random would make two runs differ;
 * mulberry32 is tiny, fast and good enough for ids that only need to be unique and stable.
 */
export class SeededRandom {
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  reset(): void {
    this.state = this.seed >>> 0;
  }

  /** Where the sequence stands, so that a restored mock goes on with new ids, not repeats. */
  get position(): number {
    return this.state;
  }

  set position(state: number) {
    this.state = state >>> 0;
  }

  next(): number {
    return this.nextWord() / 4294967296;
  }

  /** The next 32 bits of the stream, as an unsigned integer. */
  private nextWord(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += hexOf(this.nextWord());
    return out.slice(0, length);
  }

  /** An RFC 4122 version-4 shaped UUID, from the seeded stream: 32 hex digits, set in place. */
  uuid(): string {
    const a = hexOf(this.nextWord());
    const b = hexOf(this.nextWord());
    const third = this.nextWord();
    const c = hexOf(third);
    const d = hexOf(this.nextWord());
    const variant = '89ab'[(third >>> 28) & 0x3];
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
}

/** Two hex digits a byte: ids are made of these; toString(16) cost a tenth of a turn that makes two ids. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const hexOf = (w: number) => HEX[w >>> 24] + HEX[(w >>> 16) & 0xff] + HEX[(w >>> 8) & 0xff] + HEX[w & 0xff];
