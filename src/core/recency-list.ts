/**
 * Keys in order of last touch, with O(1) add, touch, delete and oldest lookup, and
 * newest-first iteration that stops early. A Map alone keeps order but cannot be walked
 * backwards, and "newest first, limit 20" must not walk every record.
 */
interface Node<K> {
  key: K;
  prev: Node<K> | null;
  next: Node<K> | null;
}

export class RecencyList<K> {
  private readonly nodes = new Map<K, Node<K>>();
  private head: Node<K> | null = null; // oldest
  private tail: Node<K> | null = null; // newest

  get size(): number {
    return this.nodes.size;
  }

  has(key: K): boolean {
    return this.nodes.has(key);
  }

  /** Adds the key as newest, or moves it there if present. */
  touch(key: K): void {
    const node = this.nodes.get(key);
    if (node) {
      if (node === this.tail) return;
      this.unlink(node);
      this.append(node);
      return;
    }
    const fresh: Node<K> = { key, prev: null, next: null };
    this.nodes.set(key, fresh);
    this.append(fresh);
  }

  delete(key: K): boolean {
    const node = this.nodes.get(key);
    if (!node) return false;
    this.unlink(node);
    this.nodes.delete(key);
    return true;
  }

  oldest(): K | undefined {
    return this.head?.key;
  }

  newest(): K | undefined {
    return this.tail?.key;
  }

  *newestFirst(): IterableIterator<K> {
    for (let n = this.tail; n; n = n.prev) yield n.key;
  }

  *oldestFirst(): IterableIterator<K> {
    for (let n = this.head; n; n = n.next) yield n.key;
  }

  clear(): void {
    this.nodes.clear();
    this.head = this.tail = null;
  }

  private append(node: Node<K>): void {
    node.prev = this.tail;
    node.next = null;
    if (this.tail) this.tail.next = node;
    else this.head = node;
    this.tail = node;
  }

  private unlink(node: Node<K>): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.tail = node.prev;
    node.prev = node.next = null;
  }
}
