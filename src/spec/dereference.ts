/**
 * Resolves the spec's internal `$ref`s in place of a library call: the spec only ever
 * points inside itself, and this keeps a 50 ms dependency off the start-up path.
 * A target referenced twice resolves to one shared object.
 */
export function dereference<T>(root: T): T {
  const resolved = new Map<string, unknown>();

  const target = (ref: string): unknown => {
    if (!ref.startsWith('#/')) throw new Error(`only internal $refs are supported: ${ref}`);
    let node: any = root;
    for (const raw of ref.slice(2).split('/')) node = node?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolvable $ref: ${ref}`);
    return node;
  };

  const walk = (node: any, trail: readonly string[]): any => {
    if (Array.isArray(node)) return node.map((n) => walk(n, trail));
    if (node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      const ref: string = node.$ref;
      if (trail.includes(ref)) throw new Error(`circular $ref: ${ref}`);
      if (!resolved.has(ref)) resolved.set(ref, walk(target(ref), [...trail, ref]));
      return resolved.get(ref);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = walk(v, trail);
    return out;
  };

  return walk(root, []);
}
