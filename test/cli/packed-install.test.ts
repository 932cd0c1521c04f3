import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { wrongAsyntai } from '../support/wrong-asyntai.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The package as a user gets it: packed, installed into an empty project from the tarball
 * (from npm's cache, without the network), with no Vitest or dev dependency around.
 */
describe('the packed package in a new project', () => {
  it('runs `supportbot-mock contracts` against its own mock, and fails a wrong server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-packed-'));
    // Built by pretest; packing must not build again.
    await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const project = join(dir, 'project');
    await run('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, tarball)], {
      cwd: project,
      timeout: 180_000,
    });
    const bin = join(project, 'node_modules/.bin/supportbot-mock');
    expect(readdirSync(join(project, 'node_modules'))).not.toContain('vitest');
    // Without the optional pdf-parse the install stays small; a PDF upload then says what to add.
    expect(readdirSync(join(project, 'node_modules'))).not.toContain('pdf-parse');
    const own = await run(bin, ['contracts', '--max-cases', '2'], { cwd: project });
    expect(own.stdout).toMatch(/\d+ passed, 0 failed, 1 skipped/);
    expect(own.stdout).toContain('skipped: the mock has no PDF reader installed (the optional pdf-parse package)');

    const wrong = await wrongAsyntai();
    try {
      const failed = await run(bin, ['contracts', '--asyntai', wrong.url], { cwd: project }).catch((e) => e);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain('asyntaiListWebsites 200: websites: is required');
    } finally {
      wrong.server.close();
    }
  }, 240_000);
});
