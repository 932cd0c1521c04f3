const NONE = -1;

/**
 * Keys in order of last touch, with O(1) add, touch, delete and oldest lookup, and
 * newest-first iteration that stops early. A Map alone keeps order but cannot be walked
 * backwards, and "newest first, limit 20" must not walk every record.
 *
 * The links are numbers in arrays, by slot, not an object a key: a list holds every
 * stored session (twice: a table's order and its account's index), and a node object each
 * cost ~50 bytes a session and more work for every full collection (docs/performance.md).
 */
export class RecencyList<K, V = never> {
  private readonly slotOf = new Map<K, number>();
  private keys: (K | undefined)[] = [];
  /** A value a key, when the list is a map as well (a table's records, in recency order). */
  private values: (V | undefined)[] = [];
  private prev: number[] = [];
  private next: number[] = [];
  private head = NONE; // oldest
  private tail = NONE; // newest
  /** Slots given back by deletes, linked through `next`. */
  private free = NONE;

  get size(): number {
    return this.slotOf.size;
  }

  has(key: K): boolean {
    return this.slotOf.has(key);
  }

  get(key: K): V | undefined {
    const slot = this.slotOf.get(key);
    return slot === undefined ? undefined : this.values[slot];
  }

  /** Adds the key as newest, or moves it there if present. */
  touch(key: K): void {
    this.toNewest(key);
  }

  /** Adds or moves the key as `touch` does, and keeps `value` under it. */
  set(key: K, value: V): void {
    this.values[this.toNewest(key)] = value;
  }

  delete(key: K): boolean {
    const slot = this.slotOf.get(key);
    if (slot === undefined) return false;
    this.unlink(slot);
    this.slotOf.delete(key);
    this.keys[slot] = undefined;
    if (slot < this.values.length) this.values[slot] = undefined;
    this.next[slot] = this.free;
    this.free = slot;
    return true;
  }

  oldest(): K | undefined {
    return this.head === NONE ? undefined : this.keys[this.head];
  }

  newest(): K | undefined {
    return this.tail === NONE ? undefined : this.keys[this.tail];
  }

  *newestFirst(): IterableIterator<K> {
    for (let s = this.tail; s !== NONE; s = this.prev[s]) yield this.keys[s]!;
  }

  *oldestFirst(): IterableIterator<K> {
    for (let s = this.head; s !== NONE; s = this.next[s]) yield this.keys[s]!;
  }

  clear(): void {
    this.slotOf.clear();
    this.keys = [];
    this.values = [];
    this.prev = [];
    this.next = [];
    this.head = this.tail = this.free = NONE;
  }

  /**
   * Adds the key, or moves it, to just after the newest key that `isLater` is false for:
   * a list kept in an order of the caller's (walked from the newest end, so a key that
   * belongs last costs one comparison). Keys equal in that order keep the order they came in.
   */
  place(key: K, isLater: (other: K) => boolean): void {
    let slot = this.slotOf.get(key);
    if (slot !== undefined) this.unlink(slot);
    else slot = this.take(key);
    let after = this.tail;
    while (after !== NONE && isLater(this.keys[after]!)) after = this.prev[after];
    if (after === this.tail) return this.append(slot);
    const before = after === NONE ? this.head : this.next[after];
    this.prev[slot] = after;
    this.next[slot] = before;
    this.prev[before] = slot;
    if (after !== NONE) this.next[after] = slot;
    else this.head = slot;
  }

  private toNewest(key: K): number {
    let slot = this.slotOf.get(key);
    if (slot === undefined) this.append((slot = this.take(key)));
    else if (slot !== this.tail) {
      this.unlink(slot);
      this.append(slot);
    }
    return slot;
  }

  /** A slot for a new key: one given back, or the next unused. */
  private take(key: K): number {
    let slot = this.free;
    if (slot !== NONE) this.free = this.next[slot];
    else {
      slot = this.keys.length;
      this.prev.push(NONE);
      this.next.push(NONE);
      this.keys.push(undefined);
    }
    this.keys[slot] = key;
    this.slotOf.set(key, slot);
    return slot;
  }

  private append(slot: number): void {
    this.prev[slot] = this.tail;
    this.next[slot] = NONE;
    if (this.tail !== NONE) this.next[this.tail] = slot;
    else this.head = slot;
    this.tail = slot;
  }

  private unlink(slot: number): void {
    const p = this.prev[slot];
    const n = this.next[slot];
    if (p !== NONE) this.next[p] = n;
    else this.head = n;
    if (n !== NONE) this.prev[n] = p;
    else this.tail = p;
    this.prev[slot] = this.next[slot] = NONE;
  }
}
