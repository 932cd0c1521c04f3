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
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length)
      out += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  }

  /** An RFC 4122 version-4 shaped UUID, from the seeded stream. */
  uuid(): string {
    const s = this.hex(32);
    const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20)}`;
  }
}
