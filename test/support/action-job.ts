import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

/** A `KEY=value` file as the runner writes GITHUB_OUTPUT and GITHUB_ENV. */
export const keyValues = (file: string) =>
  Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

/**
 * A runner's job, as far as the action sees it: a workspace, RUNNER_TEMP, and the files
 * GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STEP_SUMMARY that steps write and later steps read.
 */
export function job(inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sbm-action-'));
  const files = { output: join(dir, 'output'), env: join(dir, 'env'), summary: join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const base = {
    ...process.env,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
  };
  return {
    dir,
    files,
    start: () =>
      run('bash', [join(root, 'scripts/action/start.sh')], { env: { ...base, ...inputs }, timeout: 240_000 }),
    collect: (path = 'supportbot-mock') =>
      run('bash', [join(root, 'scripts/action/collect.sh')], {
        env: { ...base, ...keyValues(files.env), INPUT_PATH: path },
        timeout: 30_000,
      }),
    /** The mock's process, should a test fail before collect stops it. */
    stop() {
      const pid = Number(keyValues(files.env).SUPPORTBOT_MOCK_PID);
      if (pid) {
        try {
          process.kill(pid);
        } catch {
          // Already gone.
        }
      }
    },
  };
}
