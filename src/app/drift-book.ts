/** One way a real service, or a client through the proxy, departed from the spec. */
export interface Drift {
  vendor: string;
  /** The operation, or the method and path when the spec has none for it. */
  operation: string;
  /** `response`: the upstream's answer broke the spec; `request`: the client's request did. */
  direction: 'request' | 'response';
  violation: string;
  count: number;
  /** The start of the first body that showed it. */
  excerpt: string;
}

/** Kept at most; past it the book counts on in the ways it has, and keeps no new ones. */
const MAX_DRIFTS = 500;
const EXCERPT_CHARS = 200;

/**
 * Every way the proxied services departed from the spec (GET /__admin/report's
 * `upstream_drift`), counted by operation, direction and violation, bounded so a long
 * watch cannot grow memory.
 */
export class DriftBook {
  private readonly drifts = new Map<string, Drift>();

  record(vendor: string, operation: string, direction: Drift['direction'], violations: string[], body = ''): void {
    for (const violation of violations) {
      const key = `${vendor}\u0000${operation}\u0000${direction}\u0000${violation}`;
      const known = this.drifts.get(key);
      if (known) known.count++;
      else if (this.drifts.size < MAX_DRIFTS)
        this.drifts.set(key, {
          vendor,
          operation,
          direction,
          violation,
          count: 1,
          excerpt: body.slice(0, EXCERPT_CHARS),
        });
    }
  }

  list(): Drift[] {
    return [...this.drifts.values()].map((d) => ({ ...d }));
  }

  clear(): void {
    this.drifts.clear();
  }
}
