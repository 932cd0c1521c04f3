// The Node builds, with esbuild: the CLI in dist/bin and the library entries in dist/lib.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { demoDefine } from './demo-define.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const shared = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // The default seed's demo data, built in: faker loads only for another seed.
  define: { __SUPPORTBOT_DEMO__: await demoDefine() },
  // Some CommonJS dependencies call require(); ESM output needs one defined.
  banner: {
    js:
      "import { createRequire as __sbmCreateRequire } from 'node:module'; " +
      'const require = __sbmCreateRequire(import.meta.url);',
  },
};

// Chunk names carry hashes: start empty so no stale chunk ships.
rmSync('dist/bin', { recursive: true, force: true });
rmSync('dist/lib', { recursive: true, force: true });

// The CLI reads a few files instead of hundreds: 502 ms -> ~220 ms to the first 200 here
// (docs/decisions.md). Lazy imports stay lazy chunks. The contract runner is a second
// entry, so `supportbot-mock contracts` loads it only when asked.
await build({
  ...shared,
  entryPoints: { main: 'src/cli/main.ts', contracts: 'contracts/run.ts' },
  outdir: 'dist/bin',
  // pdf.js finds its worker next to its own files, so it is loaded from node_modules.
  external: ['pdf-parse'],
});

// The library (`supportbot-mock`, `supportbot-mock/msw`): what `dependencies` and the peers
// name stays an import, since the published types name them too (hono, ajv, faker, msw) or
// they read their own files (read-excel-file's worker). Every other package the code uses
// is a devDependency bundled here, so a user installs 24 MB instead of 42 (docs/decisions.md).
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)].flatMap((name) => [
  name,
  `${name}/*`,
]);
await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', msw: 'src/adapters/msw.ts' },
  outdir: 'dist/lib',
  external,
});
console.log('bundled dist/bin (CLI, contracts) and dist/lib (library)');
