// The browser build of the msw adapter: the whole core app in ES modules, the spec inlined,
// msw left to the page's own copy (its worker script must match its version).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { spec } = JSON.parse(readFileSync('dist/openapi.snapshot.json', 'utf8'));

await build({
  entryPoints: { msw: 'src/adapters/msw-browser.ts' },
  outdir: 'dist/browser',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['msw', 'msw/*', 'node:*'],
  define: { __SUPPORTBOT_SPEC__: JSON.stringify(spec) },
  logLevel: 'warning',
});
console.log('bundled dist/browser/msw.js');
