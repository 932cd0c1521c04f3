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

  /**
   * Adds the key, or moves it, to just after the newest key that `isLater` is false for:
   * a list kept in an order of the caller's (walked from the newest end, so a key that
   * belongs last costs one comparison). Keys equal in that order keep the order they came in.
   */
  place(key: K, isLater: (other: K) => boolean): void {
    let node = this.nodes.get(key);
    if (node) this.unlink(node);
    else this.nodes.set(key, (node = { key, prev: null, next: null }));
    let after = this.tail;
    while (after && isLater(after.key)) after = after.prev;
    if (after === this.tail) return this.append(node);
    node.prev = after;
    node.next = after ? after.next : this.head;
    node.next!.prev = node;
    if (after) after.next = node;
    else this.head = node;
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
