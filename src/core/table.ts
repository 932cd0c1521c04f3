import { RecencyList } from './recency-list.js';

/**
 * A typed in-memory table: records by primary key, plus secondary indexes that map an
 * owner key (account, website, bot, organisation) to that owner's records in recency
 * order. Every lookup is a Map hit; listing walks only the owner's newest records.
 * (docs/decisions.md: why not @mswjs/data.)
 */
export type IndexKeyFn<T> = (record: T) => string | undefined;

/** One record's id, or the ids of several in order. */
type Bucket = string | RecencyList<string>;

export class Table<T> {
  /**
   * The records by id, in recency order: one list is both the map and the order (a map
   * beside it cost every stored session another entry; docs/performance.md).
   */
  private readonly rows = new RecencyList<string, T>();
  /**
   * A bucket of one record is its id alone: most owner keys of a busy index (a session id)
   * have one record, and a list per key cost ~250 bytes per stored session (docs/performance.md).
   */
  private readonly indexes = new Map<string, { keyOf: IndexKeyFn<T>; buckets: Map<string, Bucket> }>();

  private cap: { max: number; onEvict?: (record: T) => void } | undefined;

  constructor(
    private readonly idOf: (record: T) => string,
    indexes: Record<string, IndexKeyFn<T>> = {},
    /**
     * Orders each owner's records by this instead of by recency (leads by when their visit
     * started, say): `newest` still walks only as many as it returns.
     */
    private readonly sortKey?: (record: T) => number,
  ) {
    for (const [name, keyOf] of Object.entries(indexes)) this.indexes.set(name, { keyOf, buckets: new Map() });
  }

  /**
   * Bounds the table: inserting past `max` records evicts the least recently put or
   * touched one, so a long soak cannot grow memory without bound.
   */
  limit(max: number, onEvict?: (record: T) => void): this {
    this.cap = { max, onEvict };
    return this;
  }

  get size(): number {
    return this.rows.size;
  }

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  /** Inserts, or replaces and marks as most recent. Index keys must not change. */
  put(record: T): T {
    const id = this.idOf(record);
    this.rows.set(id, record);
    for (const { keyOf, buckets } of this.indexes.values()) {
      const key = keyOf(record);
      if (key === undefined) continue;
      let bucket = buckets.get(key);
      if (bucket === undefined || bucket === id) {
        buckets.set(key, id);
        continue;
      }
      if (typeof bucket === 'string') {
        const only = bucket;
        buckets.set(key, (bucket = new RecencyList()));
        bucket.touch(only);
      }
      if (this.sortKey) {
        const at = this.sortKey(record);
        bucket.place(id, (other) => this.sortKey!(this.rows.get(other)!) > at);
      } else bucket.touch(id);
    }
    while (this.cap && this.rows.size > this.cap.max) {
      const evicted = this.delete(this.rows.oldest()!)!;
      this.cap.onEvict?.(evicted);
    }
    return record;
  }

  /** Marks a record as most recently active without replacing it. */
  touch(id: string): void {
    const record = this.rows.get(id);
    if (record) this.put(record);
  }

  delete(id: string): T | undefined {
    const record = this.rows.get(id);
    if (!record) return undefined;
    this.rows.delete(id);
    for (const { keyOf, buckets } of this.indexes.values()) {
      const key = keyOf(record);
      if (key === undefined) continue;
      const bucket = buckets.get(key);
      if (bucket === id) buckets.delete(key);
      else if (typeof bucket === 'object') {
        bucket.delete(id);
        if (bucket.size === 0) buckets.delete(key);
      }
    }
    return record;
  }

  /** The most recent record under one index key (a lookup by a unique field: no iterator). */
  latest(index: string, key: string): T | undefined {
    const bucket = this.bucket(index, key);
    const id = typeof bucket === 'string' ? bucket : bucket?.newest();
    return id === undefined ? undefined : this.rows.get(id);
  }

  /** Records under one index key, most recent (or, sorted, last) first, filtered, stopping at `limit`. */
  newest(index: string, key: string, limit = Infinity, where?: (record: T) => boolean): T[] {
    const bucket = this.bucket(index, key);
    const out: T[] = [];
    if (!bucket) return out;
    for (const id of typeof bucket === 'string' ? [bucket] : bucket.newestFirst()) {
      if (out.length >= limit) break;
      const record = this.rows.get(id)!;
      if (!where || where(record)) out.push(record);
    }
    return out;
  }

  /** Records under one index key, oldest first. */
  all(index: string, key: string): T[] {
    const bucket = this.bucket(index, key);
    if (typeof bucket === 'string') return [this.rows.get(bucket)!];
    return bucket ? [...bucket.oldestFirst()].map((id) => this.rows.get(id)!) : [];
  }

  count(index: string, key: string): number {
    const bucket = this.bucket(index, key);
    return typeof bucket === 'string' ? 1 : (bucket?.size ?? 0);
  }

  /** The primary key of a record (one of this table's, or one about to be put). */
  keyOf(record: T): string {
    return this.idOf(record);
  }

  /** Every record, least recently active first: put back in this order, the recency is the same. */
  dump(): T[] {
    return [...this.rows.oldestFirst()].map((id) => this.rows.get(id)!);
  }

  load(records: T[]): void {
    this.clear();
    for (const r of records) this.put(r);
  }

  /** Every record, least recently active first. */
  *values(): IterableIterator<T> {
    for (const id of this.rows.oldestFirst()) yield this.rows.get(id)!;
  }

  clear(): void {
    this.rows.clear();
    for (const index of this.indexes.values()) index.buckets.clear();
  }

  private bucket(index: string, key: string): Bucket | undefined {
    const entry = this.indexes.get(index);
    if (!entry) throw new Error(`no index named ${index}`);
    return entry.buckets.get(key);
  }
}
