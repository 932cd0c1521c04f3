import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO } from '../../src/vendors/index.js';
import { job, keyValues } from '../support/action-job.js';
import { freePort } from '../support/free-port.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface CompositeAction {
  inputs: Record<string, { default?: string }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: { run?: string; uses?: string; env?: Record<string, string> }[] };
}
const action = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as CompositeAction;

describe('the GitHub Action', () => {
  it("declares the inputs and output, and hands every input to its step's script", () => {
    const start = action('action.yml');
    expect(start.runs.using).toBe('composite');
    expect(Object.keys(start.inputs)).toEqual(['port', 'fixtures', 'seed', 'clock', 'version', 'admin-token']);
    expect(Object.keys(start.outputs ?? {})).toEqual(['url']);
    const [step] = start.runs.steps;
    expect(step!.run).toBe('bash "$GITHUB_ACTION_PATH/scripts/action/start.sh"');
    expect(step!.env).toEqual(
      Object.fromEntries(
        Object.keys(start.inputs).map((i) => [`INPUT_${i.toUpperCase().replace(/-/g, '_')}`, `\${{ inputs.${i} }}`]),
      ),
    );
    const collect = action('collect/action.yml');
    expect(collect.runs.steps[0]!.run).toBe('bash "$GITHUB_ACTION_PATH/../scripts/action/collect.sh"');
    expect(collect.runs.steps[1]!.uses).toMatch(/^actions\/upload-artifact@v4$/);
    expect(
      existsSync(join(root, 'scripts/action/start.sh')) && existsSync(join(root, 'scripts/action/collect.sh')),
    ).toBe(true);
  });

  it('starts the checkout in the background; collect writes the journal and report, then stops it', async () => {
    const port = await freePort();
    const token = 'action-token-0123456789abcdef';
    const j = job({
      INPUT_PORT: String(port),
      INPUT_FIXTURES: 'fixtures.yaml',
      INPUT_SEED: '7',
      INPUT_CLOCK: 'frozen',
      INPUT_VERSION: '',
      INPUT_ADMIN_TOKEN: token,
    });
    const bot = 'ac7104ac7104ac7104ac7104ac7104ac';
    writeFileSync(
      join(j.dir, 'fixtures.yaml'),
      `chungtair:\n  bots:\n    - token: ${bot}\n      bot_name: From the job\n`,
    );
    try {
      const started = await j.start();
      expect(started.stdout).toContain('::add-mask::' + token);
      const { url } = keyValues(j.files.output);
      expect(url).toBe(`http://127.0.0.1:${port}`);
      expect(keyValues(j.files.env)).toMatchObject({ SUPPORTBOT_MOCK_URL: url, SUPPORTBOT_MOCK_ADMIN_TOKEN: token });

      const config = await fetch(`${url}/chungtair/api/widget/config?token=${bot}`);
      expect(config.status).toBe(200);
      expect(JSON.stringify(await config.json())).toContain('From the job');
      const chat = await fetch(`${url}/asyntai/api/v1/chat/`, {
        method: 'POST',
        headers: { authorization: `Bearer ${DEMO.asyntai.starter}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'Hello from CI' }),
      });
      expect(chat.status).toBe(200);
      // The clock input took: frozen at its default instant.
      const clock = await fetch(`${url}/__admin/clock`, { headers: { authorization: `Bearer ${token}` } });
      expect(await clock.json()).toMatchObject({ now: '2025-06-02T09:00:00.000Z' });

      const collected = await j.collect();
      expect(collected.stdout).toContain('supportbot-mock: journal and report in');
      const out = join(j.dir, 'supportbot-mock');
      const journal = JSON.parse(readFileSync(join(out, 'journal.json'), 'utf8')) as { entries: { path: string }[] };
      expect(journal.entries.map((e) => e.path.split('?')[0])).toEqual(
        expect.arrayContaining(['/asyntai/api/v1/chat/', '/chungtair/api/widget/config']),
      );
      expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('asyntai');
      expect(readFileSync(join(out, 'report.xml'), 'utf8')).toMatch(/^<\?xml/);
      expect(readFileSync(join(out, 'supportbot-mock.log'), 'utf8')).toContain('SIGTERM, shutting down');
      expect(readFileSync(j.files.summary, 'utf8')).toBe(readFileSync(join(out, 'report.md'), 'utf8'));
      // Stopped: the port is free again.
      await expect(fetch(`${url}/__admin/health`)).rejects.toThrow();
    } finally {
      j.stop();
    }
  }, 60_000);

  it('fails the step with the log when the mock cannot start', async () => {
    const j = job({ INPUT_PORT: String(await freePort()), INPUT_FIXTURES: 'missing.yaml', INPUT_VERSION: '' });
    writeFileSync(join(j.dir, 'missing.yaml'), 'asyntai: [not, a, section]\n');
    const failed = await j.start().catch((e: { code: number; stdout: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toContain('::error::supportbot-mock exited before answering');
  }, 60_000);
});
