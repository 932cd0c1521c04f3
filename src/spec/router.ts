import type { Operation } from './operations.js';

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; pathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

/**
 * Matches a request to a spec operation. Templates are compared segment by segment;
 * where two match (`/knowledge/text/` and `/knowledge/{id}/`), the one with fewer
 * parameters wins, so a literal path is never shadowed by a parameter.
 */
export class SpecRouter {
  private readonly byLength = new Map<number, Operation[]>();
  /** Paths without parameters, by path and method: most requests match one in a single lookup. */
  private readonly literal = new Map<string, Map<string, RouteMatch>>();

  constructor(readonly operations: Operation[]) {
    for (const op of operations) {
      if (op.paramCount === 0) {
        const methods = this.literal.get(op.template) ?? new Map<string, RouteMatch>();
        methods.set(op.method, { kind: 'operation', operation: op, pathParams: Object.freeze({}) });
        this.literal.set(op.template, methods);
      }
      const list = this.byLength.get(op.segments.length) ?? [];
      list.push(op);
      this.byLength.set(op.segments.length, list);
    }
    for (const list of this.byLength.values()) list.sort((a, b) => a.paramCount - b.paramCount);
  }

  /** The match's `pathParams` may be shared between requests: read it, never change it. */
  match(method: string, pathname: string): RouteMatch {
    // HEAD is GET without the body, as Django and Starlette both answer it.
    const upper = method.toUpperCase();
    const wanted = upper === 'HEAD' ? 'GET' : upper;
    const literal = this.literal.get(pathname)?.get(wanted);
    if (literal) return literal;
    const segments = pathname.split('/');
    const candidates = this.byLength.get(segments.length) ?? [];
    let allowFrom: string | undefined;
    let allow: Set<string> | undefined;
    for (const op of candidates) {
      const params = bind(op.segments, segments);
      if (!params) continue;
      if (op.method === wanted) return { kind: 'operation', operation: op, pathParams: params };
      allowFrom ??= op.template;
      if (op.template === allowFrom) (allow ??= new Set()).add(op.method);
    }
    if (!allow) return { kind: 'not-found' };
    return { kind: 'method-not-allowed', allow: [...allow] };
  }
}

function bind(template: string[], actual: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i];
    const a = actual[i];
    if (t.startsWith('{')) {
      if (a === '') return undefined;
      // Most values (ids) have nothing escaped: decoding them was 2% of a chat turn.
      if (!a.includes('%')) params[t.slice(1, -1)] = a;
      else
        try {
          params[t.slice(1, -1)] = decodeURIComponent(a);
        } catch {
          return undefined;
        }
    } else if (t !== a) return undefined;
  }
  return params;
}
