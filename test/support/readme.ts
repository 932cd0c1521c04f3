import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The README's TypeScript blocks that name a file (```ts client.ts), by that name. */
export function readmeFiles(): Map<string, string> {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  return new Map([...readme.matchAll(/^```ts (\S+)\n([\s\S]*?)^```$/gm)].map((m) => [m[1], m[2]]));
}
