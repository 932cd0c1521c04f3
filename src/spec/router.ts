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

  constructor(readonly operations: Operation[]) {
    for (const op of operations) {
      const list = this.byLength.get(op.segments.length) ?? [];
      list.push(op);
      this.byLength.set(op.segments.length, list);
    }
    for (const list of this.byLength.values()) list.sort((a, b) => a.paramCount - b.paramCount);
  }

  match(method: string, pathname: string): RouteMatch {
    // HEAD is GET without the body, as Django and Starlette both answer it.
    const wanted = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    const segments = pathname.split('/');
    const candidates = this.byLength.get(segments.length) ?? [];
    let allowFrom: string | undefined;
    const allow = new Set<string>();
    for (const op of candidates) {
      const params = bind(op.segments, segments);
      if (!params) continue;
      if (op.method === wanted) return { kind: 'operation', operation: op, pathParams: params };
      allowFrom ??= op.template;
      if (op.template === allowFrom) allow.add(op.method);
    }
    if (allow.size === 0) return { kind: 'not-found' };
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
      try {
        params[t.slice(1, -1)] = decodeURIComponent(a);
      } catch {
        return undefined;
      }
    } else if (t !== a) return undefined;
  }
  return params;
}
