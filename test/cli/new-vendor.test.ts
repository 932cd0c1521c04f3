import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run new-vendor` in a copy of the repository, then the checks `npm test` runs there,
 * with nothing else edited: so CONTRIBUTING.md's "Add a vendor" cannot drift from what the
 * command and the derived lists do. The full suite would take minutes more; this runs
 * every check that reads the vendor list or the spec (build, types, lint with knip, spec,
 * Prism walk, handlers, fixtures, the new vendor's tests and the contract run).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NAME = 'quokka';
let copy: string;

/** A child's environment without the outer Vitest's, so the inner run is a run of its own. */
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|NODE_OPTIONS$|npm_)/.test(k))),
  NO_COLOR: '1',
} as NodeJS.ProcessEnv;

/** Runs a step in the copy; asynchronously, so the outer Vitest's worker stays responsive. */
function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} exited ${code ?? signal}:\n${output}`)),
    );
  });
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'new-vendor-'));
  // What a contributor's checkout has: tracked files and new ones not ignored.
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const file of listed.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file), { errorOnExist: false });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  await run('git', ['init', '-q']);
  await run('git', ['add', '-A']);
  await run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'copy']);
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run new-vendor', () => {
  it('refuses a name that is not one, or a vendor that exists, and writes nothing', async () => {
    for (const bad of ['Acme', 'a', 'my-vendor', 'asyntai', 'help']) {
      const r = spawnSync('node', ['scripts/new-vendor.mjs', bad], { cwd: copy, env, encoding: 'utf8' });
      expect(r.status, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/^new-vendor: /);
    }
    expect(await run('git', ['status', '--porcelain'])).toBe('');
  });

  it('writes a vendor that passes the checks, and appears in every derived list', async () => {
    await run('npm', ['run', 'new-vendor', '--', NAME]);
    const written = await run('git', ['status', '--porcelain', '-uall']);
    for (const path of [
      `src/vendors/${NAME}/index.ts`,
      `test/app/${NAME}.test.ts`,
      `test/prism/walks/${NAME}.ts`,
      `contracts/${NAME}/${NAME}.contract.ts`,
      `src/generated/${NAME}.ts`,
    ])
      expect(written).toContain(path);
    // CONTRIBUTING.md's "Add a vendor" names every file the command writes or changes.
    const guide = readFileSync(join(copy, 'CONTRIBUTING.md'), 'utf8').split('## Add a vendor')[1]!.split('\n## ')[0]!;
    const files = [...written.matchAll(/^.. (\S+)$/gm)].map((m) => m[1]!.replaceAll(NAME, '<name>'));
    const unnamed = files
      .filter((f) => !f.startsWith('src/generated/'))
      .filter((f) => !guide.includes(f.startsWith('src/vendors/<name>/') ? f.slice('src/vendors/<name>/'.length) : f));
    expect(unnamed).toEqual([]);
    expect(readFileSync(join(copy, 'src/vendors/index.ts'), 'utf8')).toMatch(
      new RegExp(`VENDOR_MODULES = \\[asyntai, chungtair, companin, ${NAME}\\]`),
    );

    await run('npm', ['run', 'build']);
    await run('npm', ['run', 'typecheck']);
    await run('npm', ['run', 'lint']);
    const tests = await run('npx', ['vitest', 'run', '--reporter=verbose', 'test/spec', 'test/prism', 'test/app']);
    expect(tests).toContain(`finds no violation in the ${NAME} walk`);
    expect(tests).toMatch(/Tests {2}\d+ passed \(\d+\)/);

    const contracts = await run('node', ['dist/bin/main.js', 'contracts', '--json', 'contracts.json']);
    expect(contracts).toMatch(/ 0 failed/);
    const report = JSON.parse(readFileSync(join(copy, 'contracts.json'), 'utf8'));
    const mine = JSON.stringify(report).match(new RegExp(`${NAME}GetAccount`, 'g')) ?? [];
    expect(mine.length).toBeGreaterThan(1);

    const usage = await run('node', ['dist/bin/main.js', 'contracts', '--help']);
    expect(usage).toContain(`--${NAME} URL`);
    expect(usage).toContain(`${NAME.toUpperCase()}_API_KEY`);
    const types = readFileSync(join(copy, `dist/generated/${NAME}.d.ts`), 'utf8');
    expect(types).toContain('"/v1/account"');
  }, 600_000);
});
