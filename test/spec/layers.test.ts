import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

/** Each source file's relative imports (static and `import()`), as paths from src/. */
function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)].map((m) =>
    relative(SRC, resolve(dirname(path), m[1])).replaceAll('\\', '/'),
  );
}
const edges = files(SRC).flatMap((path) =>
  importsOf(path).map((to) => ({ from: relative(SRC, path).replaceAll('\\', '/'), to })),
);

describe('the layers of src/', () => {
  it('src/app/ (the core and its stages) imports no vendor, no admin, no adapter and not the assembly', () => {
    const upward = edges
      .filter((e) => e.from.startsWith('app/'))
      .filter((e) => /^(vendors|admin|adapters|cli)\//.test(e.to) || /^(create-app|index)\.js$/.test(e.to))
      .map((e) => `${e.from} imports ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('the folders of src/services/ import one another in one direction only', () => {
    const folderOf = (p: string) => /^services\/([^/]+)\//.exec(p)?.[1];
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      const [a, b] = [folderOf(e.from), folderOf(e.to)];
      if (a && b && a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    const loops: string[] = [];
    for (const [a, targets] of graph)
      for (const b of targets) if (graph.get(b)?.has(a) && a < b) loops.push(`services/${a} <-> services/${b}`);
    // Longer loops too: a folder that reaches itself through others.
    const reaches = (from: string, seen = new Set<string>()): Set<string> => {
      for (const next of graph.get(from) ?? []) if (!seen.has(next)) reaches(next, seen.add(next));
      return seen;
    };
    for (const a of graph.keys()) if (reaches(a).has(a) && !loops.some((l) => l.includes(`/${a} `))) loops.push(a);
    expect(loops).toEqual([]);
    expect(graph.get('knowledge')).toBeDefined(); // the check sees the imports it is about
  });
});
