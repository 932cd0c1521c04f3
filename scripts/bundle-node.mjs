// Bundles the CLI into dist/bin/ so start-up reads a few files instead of hundreds:
// 502 ms -> ~220 ms to the first 200 here (docs/decisions.md). Lazy imports stay lazy chunks.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

// Chunk names carry hashes: start empty so no stale chunk ships.
rmSync('dist/bin', { recursive: true, force: true });
await build({
  // The contract runner is a second entry, so `supportbot-mock contracts` loads it only when asked.
  entryPoints: { main: 'src/cli/main.ts', contracts: 'contracts/run.ts' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // pdf.js finds its worker next to its own files, so it is loaded from node_modules.
  external: ['pdf-parse'],
  // Some CommonJS dependencies call require(); ESM output needs one defined.
  banner: {
    js:
      "import { createRequire as __sbmCreateRequire } from 'node:module'; " +
      'const require = __sbmCreateRequire(import.meta.url);',
  },
});
console.log('bundled dist/bin/main.js and dist/bin/contracts.js');
