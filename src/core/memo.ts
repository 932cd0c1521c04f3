/**
 * About the last `size` answers asked for, by key, kept bounded whatever the traffic: for
 * work a load test or a busy FAQ repeats (rankings, follow-up checks). Two generations:
 * answers go into the young one; when it is full it becomes the old one and the old one is
 * dropped, and an old answer asked for again moves back to the young. A hit in the young
 * generation moves nothing: keeping an exact order cost a delete and an insert on every
 * hit (docs/performance.md).
 */
export class Memo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (!this.young.has(key) && this.young.size >= this.size / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
}
