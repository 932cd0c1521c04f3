import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { wrongAsyntai } from '../support/wrong-asyntai.js';
import { job, keyValues } from '../support/action-job.js';
import { freePort } from '../support/free-port.js';
import { readmeFiles } from '../support/readme.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

let dir: string;
let tarball: string;

/** A new project with the packed package installed from the tarball (npm's cache, no network). */
async function project(name: string, manifest: Record<string, unknown> = {}): Promise<string> {
  const at = join(dir, name);
  mkdirSync(at);
  writeFileSync(join(at, 'package.json'), JSON.stringify({ name, private: true, ...manifest }));
  const installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    cwd: at,
    timeout: 180_000,
  });
  // The build runs when packed (prepack): a consumer's install runs no script of ours, and npm says nothing of one.
  expect(installed.stderr + installed.stdout).not.toMatch(/install-scripts|supportbot-mock.*(prepare|install)/);
  return at;
}

/**
 * The tools a user would add (TypeScript, msw, Vitest, openapi-fetch), linked from this
 * repository's install: npm resolves a project's own dependencies from full registry
 * documents, which `npm ci` does not cache, so an offline install of them fails on a clean
 * machine. The package under test is the tarball's install, with only its own dependencies.
 */
function linkTools(at: string): void {
  for (const tool of ['typescript', 'msw', 'vitest', 'openapi-fetch', '@types/node']) {
    mkdirSync(dirname(join(at, 'node_modules', tool)), { recursive: true });
    symlinkSync(join(root, 'node_modules', tool), join(at, 'node_modules', tool));
  }
}

const TSCONFIG = {
  compilerOptions: {
    module: 'nodenext',
    target: 'es2022',
    strict: true,
    skipLibCheck: false,
    lib: ['es2022', 'dom'],
    types: ['node'],
    outDir: 'out',
  },
  include: ['*.ts'],
};

/** Runs README's client.ts, compiled, against the mock through msw: started first, as README says. */
const RUN_CLIENT = {
  esm: `import { setupServer } from 'msw/node';
import { createHandlers } from 'supportbot-mock/msw';
const { handlers } = await createHandlers();
const server = setupServer(...handlers);
server.listen();
const { ask } = await import('./out/client.js');
console.log(await ask('What are your business hours?'));
server.close();`,
  cjs: `const { setupServer } = require('msw/node');
const { createHandlers } = require('supportbot-mock/msw');
createHandlers().then(async ({ handlers }) => {
  const server = setupServer(...handlers);
  server.listen();
  const { ask } = require('./out/client.js');
  console.log(await ask('What are your business hours?'));
  server.close();
});`,
};

/**
 * The package as a user gets it: packed, installed into an empty project from the tarball
 * (from npm's cache, without the network), with no Vitest or dev dependency around.
 */
describe('the packed package in a new project', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sbm-packed-'));
    // Built by pretest; packing must not build again.
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root });
    tarball = join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.tgz'))!,
    );
  }, 120_000);

  it('runs `supportbot-mock contracts` against its own mock, and fails a wrong server', async () => {
    const at = await project('contracts');
    const bin = join(at, 'node_modules/.bin/supportbot-mock');
    expect(readdirSync(join(at, 'node_modules'))).not.toContain('vitest');
    // Without the optional pdf-parse the install stays small; a PDF upload then says what to add.
    expect(readdirSync(join(at, 'node_modules'))).not.toContain('pdf-parse');
    // Bundled into the package, not installed beside it (docs/decisions.md).
    expect(readdirSync(join(at, 'node_modules'))).not.toContain('libphonenumber-js');
    const own = await run(bin, ['contracts', '--max-cases', '2'], { cwd: at });
    expect(own.stdout).toMatch(/\d+ passed, 0 failed, 1 skipped/);
    expect(own.stdout).toContain('skipped: the mock has no PDF reader installed (the optional pdf-parse package)');

    // Each vendor's own spec ships, and the local CA is made from the package's own dependencies.
    expect(readdirSync(join(at, 'node_modules/supportbot-mock/openapi')).sort()).toEqual([
      'asyntai.json',
      'asyntai.yaml',
      'chungtair.json',
      'chungtair.yaml',
      'companin.json',
      'companin.yaml',
    ]);
    const caDir = join(at, 'ca');
    const ca = await run(bin, ['ca'], { cwd: at, env: { ...process.env, SUPPORTBOT_MOCK_CA_DIR: caDir } });
    expect(ca.stdout.split('\n')[0]).toBe(join(caDir, 'ca-cert.pem'));

    const wrong = await wrongAsyntai();
    try {
      const failed = await run(bin, ['contracts', '--asyntai', wrong.url], { cwd: at }).catch((e) => e);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain('asyntaiListWebsites 200: websites: is required');
    } finally {
      wrong.server.close();
    }
  }, 240_000);

  it('runs as the GitHub Action with `version` set to the tarball, from its own install', async () => {
    const port = await freePort();
    const j = job({
      INPUT_PORT: String(port),
      INPUT_VERSION: tarball,
      INPUT_CLOCK: 'frozen',
      npm_config_prefer_offline: 'true',
    });
    try {
      await j.start();
      const env = keyValues(j.files.env);
      expect(env.SUPPORTBOT_MOCK_MAIN).toBe(
        join(j.dir, 'supportbot-mock-install/node_modules/supportbot-mock/dist/bin/main.js'),
      );
      const health = await fetch(`${keyValues(j.files.output).url}/__admin/health`);
      expect(await health.json()).toEqual({ status: 'ok', vendors: ['asyntai', 'chungtair', 'companin'] });
      await j.collect();
      expect(readFileSync(join(j.dir, 'supportbot-mock/report.txt'), 'utf8')).toContain(
        `supportbot-mock report for http://127.0.0.1:${port}`,
      );
    } finally {
      j.stop();
    }
  }, 240_000);

  for (const [kind, described] of [
    ['esm', 'an ESM'],
    ['cjs', 'a CommonJS'],
  ] as const)
    it(`compiles README's TypeScript examples and runs them, in ${described} project`, async () => {
      const at = await project(kind, kind === 'esm' ? { type: 'module' } : {});
      linkTools(at);
      const files = readmeFiles();
      expect([...files.keys()].sort()).toEqual(['asyntai.test.ts', 'browser.ts', 'client.ts']);
      for (const [name, text] of files) writeFileSync(join(at, name), text);
      writeFileSync(join(at, 'tsconfig.json'), JSON.stringify(TSCONFIG));
      const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
      const node = (args: string[]) => run(process.execPath, args, { cwd: at, env, timeout: 120_000 });

      // tsc prints its errors to stdout; a failure shows them.
      const tsc = await node(['node_modules/typescript/bin/tsc', '-p', '.']).catch((e) => e);
      expect(tsc.stdout).toBe('');
      expect(readdirSync(join(at, 'out')).sort()).toEqual(['asyntai.test.js', 'browser.js', 'client.js']);

      const vitest = await node(['node_modules/vitest/vitest.mjs', 'run', 'asyntai.test.ts']).catch((e) => e);
      expect(vitest.stdout).toMatch(/Tests\s+1 passed \(1\)/);

      const runner = join(at, kind === 'esm' ? 'run-client.mjs' : 'run-client.cjs');
      writeFileSync(runner, RUN_CLIENT[kind]);
      const answered = await node([runner]);
      expect(answered.stdout).toMatch(/business hours are Monday/i);

      const npx = await run('npx', ['--offline', 'supportbot-mock', '--version'], { cwd: at });
      expect(npx.stdout.trim()).toBe(version);
    }, 240_000);
});
