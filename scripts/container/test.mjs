#!/usr/bin/env node
// `npm run test:container`: builds the image from the Dockerfile on a base made from
// Debian's own packages (no image registry is reachable from CI), runs it with podman,
// calls a vendor, admin and health through the published port, then stops it and checks
// it exits within 2 s with its state saved to the volume. Needs root and Debian's podman,
// mmdebstrap and runc (installed here when missing).
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseImage } from './base-image.mjs';
import { podman, podmanFlags } from './podman.mjs';

const root = new URL('../..', import.meta.url).pathname;
const TOKEN = 'container-test-token-0123456789';
const name = `supportbot-mock-test-${process.pid}`;
const image = 'localhost/supportbot-mock:test';
const BOT = 'c0ffee00c0ffee00c0ffee00c0ffee00';

const step = (text) => console.log(`\n== ${text}`);
const check = (ok, what, detail = '') => {
  if (!ok) throw new Error(`${what}${detail ? `: ${detail}` : ''}`);
  console.log(`ok  ${what}`);
};

step('tools');
const tools = { podman: 'podman', mmdebstrap: 'mmdebstrap', runc: 'runc' };
const missing = Object.entries(tools).filter(([bin]) => spawnSync('sh', ['-c', `command -v ${bin}`]).status !== 0);
if (missing.length) {
  if (process.getuid?.() !== 0) throw new Error(`needs ${missing.map(([, pkg]) => pkg).join(', ')} (Debian packages)`);
  const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  spawnSync('apt-get', ['update', '-qq'], apt);
  const installed = spawnSync('apt-get', ['install', '-y', '-qq', ...missing.map(([, pkg]) => pkg)], apt);
  if (installed.status !== 0) throw new Error('apt-get install failed');
}

step('base image from Debian packages');
const base = baseImage();
step(`image ${image} (BASE=${base})`);
podman(['build', '--format', 'docker', '--build-arg', `BASE=${base}`, '-t', image, root], { inherit: true });

// The volume: a fixtures file in, a state file out, owned by the image's user.
const data = mkdtempSync(join(tmpdir(), 'sbm-container-'));
writeFileSync(
  join(data, 'fixtures.yaml'),
  `chungtair:\n  bots:\n    - token: ${BOT}\n      bot_name: From the volume\n`,
);
chownSync(data, 10001, 10001);
try {
  step(`run ${name}`);
  podman([
    'run',
    '-d',
    '--name',
    name,
    '-p',
    '127.0.0.1::4010',
    '-v',
    `${data}:/data`,
    '-e',
    `SUPPORTBOT_MOCK_ADMIN_TOKEN=${TOKEN}`,
    image,
    'start',
    '--host',
    '0.0.0.0',
    '--clock',
    'frozen',
    '--fixtures',
    '/data/fixtures.yaml',
    '--state',
    '/data/state.json',
  ]);
  const port = /:(\d+)\s*$/.exec(podman(['port', name, '4010']).trim())?.[1];
  check(port !== undefined, 'the port is published', port);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url);
  const health = await (await fetch(`${url}/__admin/health`)).json();
  check(
    JSON.stringify(health.vendors) === '["asyntai","chungtair","companin"]',
    'health names the vendors',
    JSON.stringify(health),
  );

  const config = await fetch(`${url}/chungtair/api/widget/config?token=${BOT}`);
  const body = await config.json();
  check(
    config.status === 200 && JSON.stringify(body).includes('From the volume'),
    'a vendor answers with the fixtures from the volume',
    JSON.stringify(body),
  );

  // Through the published port the peer is podman's bridge, not loopback: admin needs the token.
  const refused = await fetch(`${url}/__admin/journal`);
  check(refused.status === 401, 'admin without the token is refused (401)', String(refused.status));
  const journal = await fetch(`${url}/__admin/journal`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const entries = (await journal.json()).entries ?? [];
  check(
    journal.status === 200 && entries.some((e) => e.path.includes('/widget/config')),
    'admin with the token answers',
  );
  const reset = await fetch(`${url}/__admin/clock`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ advance_seconds: 60 }),
  });
  check(reset.status === 200, 'admin changes the mock with the token', String(reset.status));

  const hc = spawnSync('podman', [...podmanFlags(), 'healthcheck', 'run', name], { encoding: 'utf8' });
  check(hc.status === 0, "the image's HEALTHCHECK passes", hc.stdout + hc.stderr);
  const user = podman(['exec', name, 'id', '-u']).trim();
  check(user === '10001', 'the mock runs as a non-root user', user);

  step('stop');
  const started = process.hrtime.bigint();
  podman(['stop', '-t', '10', name]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const exit = podman(['inspect', '-f', '{{.State.ExitCode}}', name]).trim();
  check(
    seconds < 2 && exit === '0',
    'SIGTERM stops it within 2 s, exit code 0',
    `${seconds.toFixed(2)} s, exit ${exit}`,
  );
  const logs = podman(['logs', name]);
  check(logs.includes('SIGTERM, shutting down'), 'PID 1 handled SIGTERM itself', logs.slice(-300));
  check(existsSync(join(data, 'state.json')), 'the state was saved to the volume', readdirSync(data).join(', '));
  const state = readFileSync(join(data, 'state.json'), 'utf8');
  check(state.includes(BOT), 'the saved state holds the fixtures record');
  const pdf = podman([
    'run',
    '--rm',
    '--entrypoint',
    'node',
    image,
    '-e',
    "import('pdf-parse').then(() => console.log('pdf'))",
  ]);
  check(pdf.trim() === 'pdf', 'the image reads PDF knowledge (pdf-parse is installed)', pdf);
  console.log('\ncontainer test passed');
} finally {
  spawnSync('podman', [...podmanFlags(), 'rm', '-f', name], { stdio: 'ignore' });
  rmSync(data, { recursive: true, force: true });
}

async function waitForHealth(url) {
  // Bounded: 60 tries a quarter second apart.
  for (let i = 0; i < 60; i++) {
    const ok = await fetch(`${url}/__admin/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the container did not answer ${url}/__admin/health within 15 s:\n${podman(['logs', name])}`);
}
