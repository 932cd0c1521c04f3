// The browser build of the msw adapter: the whole core app in ES modules, the spec inlined,
// msw left to the page's own copy (its worker script must match its version).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { demoDefine } from './demo-define.mjs';

const { spec } = JSON.parse(readFileSync('dist/openapi.snapshot.json', 'utf8'));

// Replaced in the browser: the spec file loader (the spec is inlined instead), the PDF
// worker (pdf.js on a worker thread under Node; a PDF upload in the page gets a 400 saying so) and the
// .xlsx worker thread (the page parses spreadsheets itself).
const STUBS = {
  'load-spec': `export async function loadSpec() {
    throw new Error('supportbot-mock: in the browser, pass the spec (createBrowserHandlers does)');
  }`,
  'xlsx-worker': 'export const readXlsxInWorker = undefined;',
  'pdf-worker': 'export const readPdfInWorker = undefined; export class PdfRefusal extends Error {}',
};
const nodeOnlyStubs = {
  name: 'node-only-stubs',
  setup(b) {
    b.onResolve({ filter: /\/spec\/load-spec\.js$/ }, () => ({ path: 'load-spec', namespace: 'stub' }));
    b.onResolve({ filter: /\/pdf-worker\.js$/ }, () => ({ path: 'pdf-worker', namespace: 'stub' }));
    b.onResolve({ filter: /\/xlsx-worker\.js$/ }, () => ({ path: 'xlsx-worker', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
  },
};

// Chunk names carry hashes: start empty so no stale chunk ships.
rmSync('dist/browser', { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { msw: 'src/adapters/msw-browser.ts' },
  outdir: 'dist/browser',
  bundle: true,
  splitting: true,
  minify: true,
  metafile: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['msw', 'msw/*'],
  plugins: [nodeOnlyStubs],
  define: { __SUPPORTBOT_SPEC__: JSON.stringify(spec), __SUPPORTBOT_DEMO__: await demoDefine() },
  logLevel: 'warning',
});

// The first load: the entry and every chunk it imports statically, gzipped. Chunks behind
// import() (spreadsheets, HTML, phone numbers, faker) load when first used.
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const firstLoad = new Set();
const visit = (file) => {
  if (firstLoad.has(file)) return;
  firstLoad.add(file);
  for (const i of metafile.outputs[file].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
};
visit('dist/browser/msw.js');
const outputs = Object.keys(metafile.outputs).filter((f) => f.endsWith('.js'));
const sizes = {
  firstLoadGzip: [...firstLoad].reduce((n, f) => n + gz(f), 0),
  firstLoad: [...firstLoad].map((f) => f.replace('dist/browser/', '')),
  lazy: Object.fromEntries(
    outputs.filter((f) => !firstLoad.has(f)).map((f) => [f.replace('dist/browser/', ''), gz(f)]),
  ),
};
writeFileSync('dist/browser/sizes.json', JSON.stringify(sizes, null, 2) + '\n');
console.log(
  `bundled dist/browser/msw.js: first load ${(sizes.firstLoadGzip / 1024).toFixed(1)} KB gzipped, besides msw`,
);
