import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VENDOR_MODULES } from '../../src/vendors/index.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

describe('package.json', () => {
  it('names only files that exist in its scripts (built output aside)', () => {
    const missing: string[] = [];
    for (const [name, script] of Object.entries<string>(pkg.scripts)) {
      for (const [, file] of script.matchAll(/(?:node|--config)\s+(\S+\.(?:m?js|ts|json))/g)) {
        if (!file.startsWith('dist/') && !existsSync(new URL(file, root))) missing.push(`${name}: ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('runs the contracts through the shipped command, and points bin and exports at the build', () => {
    expect(pkg.scripts.contracts).toBe('node dist/bin/main.js contracts');
    expect(pkg.scripts.posttest).toMatch(/^node dist\/bin\/main\.js contracts --junit /);
    expect(pkg.bin['supportbot-mock']).toBe('dist/bin/main.js');
    const types = (v: string) => ({ types: `./dist/generated/${v}.d.ts`, default: `./dist/generated/${v}.js` });
    // CommonJS projects get .d.cts types that name msw's CommonJS types (scripts/write-cjs-types.mjs).
    const dual = (name: string, js: string) => ({
      import: { types: `./dist/adapters/${name}.d.ts`, default: js },
      require: { types: `./dist/adapters/${name}.d.cts`, default: js },
    });
    expect(pkg.exports).toEqual({
      '.': { types: './dist/index.d.ts', default: './dist/lib/index.js' },
      './msw': dual('msw', './dist/lib/msw.js'),
      './msw/browser': dual('msw-browser', './dist/browser/msw.js'),
      // One pattern for every vendor in the list: a new vendor needs no line here.
      './types/*': types('*'),
    });
    const leaves = (t: unknown): string[] =>
      typeof t === 'string' ? [t] : Object.values(t as Record<string, unknown>).flatMap(leaves);
    const names = VENDOR_MODULES.map((m) => m.name);
    const targets = leaves(pkg.exports).flatMap((t) => (t.includes('*') ? names.map((n) => t.replace('*', n)) : [t]));
    for (const target of [pkg.bin['supportbot-mock'], ...targets])
      expect(existsSync(new URL(target, root)), target).toBe(true);
  });
});
