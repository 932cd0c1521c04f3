// The browser build of the msw adapter: the whole core app in ES modules, the spec inlined,
// msw left to the page's own copy (its worker script must match its version).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
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

// Every import() target is a bundle of its own, sharing no module with the page's first
// load. A bundler (Vite) re-chunks this build, and puts what a lazy part shares with the
// entry into the page's entry chunk: a page whose top level awaits a mocked request then
// waits on its own evaluation to load that part, forever (docs/performance.md). Shared code
// is copied instead; these parts hold no state of their own.
const lazy = new Map(); // what was imported (a file, or a stub's name) -> its bundle's file name
const selfContained = {
  name: 'self-contained-lazy-parts',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'inner') return undefined;
      const r = await b.resolve(args.path, {
        kind: 'import-statement',
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'inner',
      });
      if (r.errors.length > 0 || r.external) return undefined;
      const key = r.namespace === 'stub' ? `stub:${r.path}` : r.path;
      if (!lazy.has(key)) {
        const base = r.namespace === 'stub' ? r.path : basename(r.path).replace(/\.[cm]?[jt]s$/, '');
        const stem = base === 'index' ? basename(dirname(r.path)) : base;
        const hash = createHash('sha256').update(key).digest('base64url').slice(0, 8).replace(/[-_]/g, 'x');
        lazy.set(key, `${stem.replace(/[^\w-]/g, '')}-${hash}.js`);
      }
      return { path: `./${lazy.get(key)}`, external: true };
    });
  },
};

const options = {
  bundle: true,
  minify: true,
  metafile: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  external: ['msw', 'msw/*'],
  plugins: [selfContained, nodeOnlyStubs],
  define: { __SUPPORTBOT_SPEC_JSON__: JSON.stringify(JSON.stringify(spec)), __SUPPORTBOT_DEMO__: await demoDefine() },
  logLevel: 'warning',
};

// File names carry hashes: start empty so no stale part ships.
rmSync('dist/browser', { recursive: true, force: true });
await build({ ...options, entryPoints: { msw: 'src/adapters/msw-browser.ts' }, outdir: 'dist/browser' });
// A lazy part may import() parts of its own: a Map's iteration reaches entries added meanwhile.
for (const [key, file] of lazy) {
  const entry = key.startsWith('stub:')
    ? { stdin: { contents: STUBS[key.slice(5)], loader: 'js', resolveDir: '.' } }
    : { entryPoints: [key] };
  await build({ ...options, ...entry, outfile: `dist/browser/${file}` });
}

// The first load is the entry alone, gzipped; the parts load when first used (Ajv on the
// first request, then spreadsheets, HTML, phone numbers, token signing, faker).
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sizes = {
  firstLoadGzip: gz('dist/browser/msw.js'),
  firstLoad: ['msw.js'],
  lazy: Object.fromEntries([...lazy.values()].sort().map((f) => [f, gz(`dist/browser/${f}`)])),
};
writeFileSync('dist/browser/sizes.json', JSON.stringify(sizes, null, 2) + '\n');
console.log(
  `bundled dist/browser/msw.js: first load ${(sizes.firstLoadGzip / 1024).toFixed(1)} KB gzipped, besides msw`,
);
