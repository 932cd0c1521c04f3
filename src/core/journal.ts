/**
 * The last requests the mock answered, in a fixed-size ring, so that a long soak cannot
 * grow memory. Read at GET /__admin/journal.
 */
export interface JournalEntry {
  seq: number;
  at: string;
  method: string;
  path: string;
  status: number;
  operationId?: string;
}

export class Journal {
  private readonly ring: (JournalEntry | undefined)[];
  private seq = 0;

  constructor(readonly capacity = 1000) {
    this.ring = Array.from({ length: capacity });
  }

  record(entry: Omit<JournalEntry, 'seq'>): void {
    const seq = ++this.seq;
    this.ring[seq % this.capacity] = { seq, ...entry };
  }

  /** Newest first. */
  entries(limit = this.capacity): JournalEntry[] {
    const out: JournalEntry[] = [];
    for (let s = this.seq; s > 0 && s > this.seq - this.capacity && out.length < limit; s--)
      out.push(this.ring[s % this.capacity]!);
    return out;
  }

  clear(): void {
    this.ring.fill(undefined);
    this.seq = 0;
  }
}
