const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Bytes a ring starts with; it doubles when the texts it must keep no longer fit. */
const INITIAL_BYTES = 256 * 1024;

/**
 * Texts kept as UTF-8 in one buffer outside V8's heap, a few under each numbered slot.
 * What a long-lived ring held as strings and small objects was copied by every young
 * collection and promoted, then died in the old space: that cost a /chat/ request about
 * as much CPU as the rest of its work (docs/performance.md). Here it costs the collector
 * nothing. The slots are written in turn (a ring of `slots`); the caller says which is
 * the oldest it still wants, and the buffer grows rather than overwrite that one.
 */
export class TextRing {
  private bytes: Uint8Array;
  private head = 0;
  /** The slot written last, or -1. */
  private last = -1;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  /** Each part's length in UTF-16 units (as `String.length`), or -1 for an absent one. */
  private readonly lengths: Int32Array;

  constructor(
    private readonly slots: number,
    private readonly parts: number,
    initialBytes = INITIAL_BYTES,
  ) {
    this.bytes = new Uint8Array(initialBytes);
    this.start = new Float64Array(slots);
    this.end = new Float64Array(slots);
    this.lengths = new Int32Array(slots * parts);
  }

  /** Keeps `texts` under `slot`; `oldest` is the first slot still wanted after it, or -1 for none. */
  put(slot: number, texts: readonly (string | undefined)[], oldest: number): void {
    let joined = '';
    for (let i = 0; i < this.parts; i++) {
      const text = texts[i];
      this.lengths[slot * this.parts + i] = text === undefined ? -1 : text.length;
      if (text) joined += text;
    }
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const room = joined.length * 3;
    const at = this.placeFor(room, oldest);
    const { written } = encoder.encodeInto(joined, this.bytes.subarray(at, at + room));
    this.start[slot] = at;
    this.end[slot] = this.head = at + written;
    this.last = slot;
  }

  /** The texts under a slot, as they were put (a lone surrogate reads as U+FFFD). */
  get(slot: number): (string | undefined)[] {
    const joined = decoder.decode(this.bytes.subarray(this.start[slot], this.end[slot]));
    const out: (string | undefined)[] = [];
    let at = 0;
    for (let i = 0; i < this.parts; i++) {
      const length = this.lengths[slot * this.parts + i];
      out.push(length < 0 ? undefined : joined.slice(at, (at += length)));
    }
    return out;
  }

  clear(): void {
    this.head = 0;
    this.last = -1;
  }

  /**
   * Where `room` bytes go without touching the slots from `oldest` on: after the newest,
   * or from the start of the buffer when the end has no room (the kept bytes then run
   * from `oldest` to the end, and on from 0 to `head`).
   */
  private placeFor(room: number, oldest: number): number {
    for (;;) {
      const size = this.bytes.length;
      if (oldest < 0) {
        if (this.head + room <= size) return this.head;
        if (room <= size) return 0;
      } else {
        const low = this.start[oldest];
        if (this.head >= low) {
          if (this.head + room <= size) return this.head;
          // Strictly below: a wrapped head never meets the oldest, so the two cases stay apart.
          if (room < low) return 0;
        } else if (this.head + room < low) return this.head;
      }
      this.grow(room, oldest);
    }
  }

  /** A buffer twice the size (or more), the kept slots copied to its start in order. */
  private grow(room: number, oldest: number): void {
    // What is kept fits in the present size, so this always has room for it and the new text.
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.bytes.length + room));
    let at = 0;
    if (oldest >= 0 && this.last >= 0)
      for (let slot = oldest; ; slot = (slot + 1) % this.slots) {
        const from = this.start[slot];
        const to = this.end[slot];
        bigger.set(this.bytes.subarray(from, to), at);
        this.start[slot] = at;
        this.end[slot] = at += to - from;
        if (slot === this.last) break;
      }
    this.bytes = bigger;
    this.head = at;
  }
}
