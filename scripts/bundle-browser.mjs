// The browser build of the msw adapter: the whole core app in ES modules, the spec inlined,
// msw left to the page's own copy (its worker script must match its version).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { spec } = JSON.parse(readFileSync('dist/openapi.snapshot.json', 'utf8'));

// The spec file loader reads the disk; in the browser the spec is inlined instead, so the
// loader is replaced and no `node:` import reaches the page's own bundler.
const nodeOnlyStubs = {
  name: 'node-only-stubs',
  setup(b) {
    b.onResolve({ filter: /\/spec\/load-spec\.js$/ }, () => ({ path: 'load-spec', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "export async function loadSpec() { throw new Error('supportbot-mock: in the browser, pass the spec (createBrowserHandlers does)'); }",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: { msw: 'src/adapters/msw-browser.ts' },
  outdir: 'dist/browser',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['msw', 'msw/*'],
  plugins: [nodeOnlyStubs],
  define: { __SUPPORTBOT_SPEC__: JSON.stringify(spec) },
  logLevel: 'warning',
});
console.log('bundled dist/browser/msw.js');
