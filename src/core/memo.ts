/**
 * The last `size` answers asked for, by key; the least recently used goes first. For work
 * a load test or a busy FAQ repeats (rankings, follow-up checks), kept bounded whatever
 * the traffic.
 */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key); // most recently used goes last
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (!this.map.has(key) && this.map.size >= this.size) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
  }
}
