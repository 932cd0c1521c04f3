import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { parseStartArgs } from '../../src/cli/args.js';
import { loopbackFetch } from '../support/loopback-fetch.js';
import { makeInflatingPdf } from '../support/pdf.js';

const CLI = fileURLToPath(new URL('../../dist/bin/main.js', import.meta.url));
let child: ChildProcess | undefined;
/** Every child started, not only the last: a test that starts two must not leave one running. */
const started: ChildProcess[] = [];
afterEach(() => {
  for (const c of started.splice(0)) c.kill('SIGKILL');
});

/** Starts the built CLI and resolves with its output once it prints the listening line. */
function start(args: string[], env: Record<string, string> = {}): Promise<{ url: string; output: () => string }> {
  child = spawn(process.execPath, [CLI, 'start', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/\S+)/);
      if (m && out.includes('/__admin/journal')) resolve({ url: m[1], output: () => out });
    });
    child!.stderr!.on('data', (d) => (out += d));
    child!.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

describe('supportbot-mock start', () => {
  it('serves all three vendors on one port, prints URLs and credentials, and exits 0 on SIGTERM', async () => {
    const { url, output } = await start(['--port', '0']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const s of [
      'asyntai/api/v1/',
      'chungtair/api/widget/',
      'companin/api/v1/',
      'asy_test_starter',
      'asy_test_free',
      '0123456789abcdef0123456789abcdef',
      'cmp_test_client',
      'cmp_test_secret',
    ])
      expect(output()).toContain(s);
    const res = await new AssertingSpecClient('/asyntai', `${url}/asyntai`).call('get', '/asyntai/api/v1/account/', {
      headers: { authorization: 'Bearer asy_test_starter' },
    });
    expect(res.body.account.plan).toBe('starter');
    const exit = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child!.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('takes the port from PORT, and SIGINT exits 0 too', async () => {
    const { url } = await start([], { PORT: '0' });
    expect((await fetch(`${url}/__admin/clock`)).status).toBe(200);
    const exit = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child!.kill('SIGINT');
    expect(await exit).toBe(0);
  });

  it('exits 0 on SIGTERM while a PDF is being read on a worker, without waiting for it', async () => {
    const { url } = await start(['--port', '0']);
    const threads = () => Number(/Threads:\s+(\d+)/.exec(readFileSync(`/proc/${child!.pid}/status`, 'utf8'))![1]);
    const idle = threads();
    // Under every inflation cap; pdf.js takes seconds over its 400 pages of operators.
    const form = new FormData();
    form.append('title', 'Manual');
    form.append('file_type', 'pdf');
    form.append(
      'file',
      new File([makeInflatingPdf({ pages: 400, inflatedBytes: 120 * 1024, fill: 'operators' })], 'm.pdf'),
    );
    const upload = fetch(`${url}/companin/api/v1/knowledge/files/`, {
      method: 'POST',
      headers: { 'x-api-key': 'cmp_test_client', 'x-api-secret': 'cmp_test_secret' },
      body: form,
    }).then(
      (r) => `answered ${r.status}`,
      () => 'connection closed',
    );
    // Reading starts threads in the server (zlib's pool, then the worker): more threads, it has begun.
    for (let i = 0; i < 250 && threads() <= idle; i++) await new Promise((r) => setTimeout(r, 20));
    expect(threads()).toBeGreaterThan(idle);
    const exit = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child!.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(await upload).toBe('connection closed');
  });

  it('refuses bad arguments with usage and exit code 2', async () => {
    await expect(start(['--port', 'eighty'])).rejects.toThrow(/exited 2: .*--port must be an integer/s);
  });

  it('takes every numeric flag in decimal digits only', async () => {
    await expect(start(['--port', '1e3'])).rejects.toThrow(
      /exited 2: .*--port must be an integer from 0 to 65535, got 1e3/s,
    );
    for (const [flag, raw] of [
      ['--port', '0x50'],
      ['--port', '80.0'],
      ['--port', ' 80'],
      ['--port', '+80'],
      ['--seed', '1e2'],
      ['--max-sessions', '1_000'],
      ['--stream-delay', 'Infinity'],
      ['--max-state-bytes', '64e6'],
    ])
      expect(() => parseStartArgs([flag, raw], {}), `${flag} ${raw}`).toThrow(`${flag} must be an integer`);
    expect(() => parseStartArgs([], { PORT: '8e3' })).toThrow('--port must be an integer from 0 to 65535, got 8e3');
    expect(parseStartArgs(['--port', '0080', '--max-state-bytes', '1000'], {})).toMatchObject({
      port: 80,
      maxStateBytes: 1000,
    });
  });

  it('says its version, and says plainly when the port is taken', async () => {
    const version = await new Promise<string>((resolve) => {
      const p = spawn(process.execPath, [CLI, '--version']);
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', () => resolve(out.trim()));
    });
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(version).toBe(pkg.version);
    const first = await start(['--port', '0']);
    const port = new URL(first.url).port;
    const taken = spawn(process.execPath, [CLI, 'start', '--port', port]);
    let err = '';
    taken.stderr.on('data', (d) => (err += d));
    const code = await new Promise((resolve) => taken.on('close', resolve));
    expect(code).toBe(1);
    expect(err.trim()).toBe(
      `supportbot-mock: port ${port} on 127.0.0.1 is already in use: stop what runs there, or pick --port`,
    );
  });

  it('uses the socket address as the client IP for per-IP limits', async () => {
    const { url } = await start(['--port', '0']);
    const chungtair = new AssertingSpecClient('/chungtair', `${url}/chungtair`);
    let n = 0;
    const ping = () =>
      chungtair.call('post', '/chungtair/api/widget/ping', {
        headers: { 'x-forwarded-for': `10.0.0.${n++}` },
        json: { token: '0123456789abcdef0123456789abcdef' },
      });
    const statuses = [];
    for (let i = 0; i < 31; i++) statuses.push((await ping()).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    // Without --trust-proxy a spoofed X-Forwarded-For does not escape the limit.
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('supportbot-mock start, beyond the defaults', () => {
  it('reads a YAML fixtures file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sbm-cli-')), 'fixtures.yaml');
    writeFileSync(
      file,
      'asyntai:\n  accounts:\n    - api_key: asy_yaml\n      plan: pro\n' +
        '      websites: [{ id: 77, domain: yaml.example }]\n',
    );
    const { url, output } = await start(['--port', '0', '--fixtures', file]);
    expect(output()).toContain('asy_yaml');
    const res = await new AssertingSpecClient('/asyntai', `${url}/asyntai`).call('get', '/asyntai/api/v1/websites/', {
      headers: { authorization: 'Bearer asy_yaml' },
    });
    expect(res.body.websites[0].domain).toBe('yaml.example');
  });
});

describe('supportbot-mock start, the clock', () => {
  it('follows the wall clock by default, and says so', async () => {
    const before = Date.now();
    const { url, output } = await start(['--port', '0']);
    expect(output()).toContain('following the wall clock');
    const now = Date.parse((await (await fetch(`${url}/__admin/clock`)).json()).now);
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('freezes at an instant with --clock frozen=ISO, and refuses a clock it cannot read', async () => {
    const { url, output } = await start(['--port', '0', '--clock', 'frozen=2030-01-02T03:04:05Z']);
    expect(output()).toContain('frozen: it moves only through');
    expect((await (await fetch(`${url}/__admin/clock`)).json()).now).toBe('2030-01-02T03:04:05.000Z');
    await expect(start(['--clock', 'sometimes'])).rejects.toThrow(
      /exited 2: .*--clock must be system, frozen or frozen=/s,
    );
  });
});

describe('supportbot-mock start --offline', () => {
  it('serves knowledge URLs from the fixtures file, and refuses the rest without the network', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sbm-cli-')), 'pages.yaml');
    writeFileSync(file, "pages:\n  'https://docs.example/hours': '<title>Hours</title><p>Open nine to five.</p>'\n");
    const { url } = await start(['--port', '0', '--offline', '--fixtures', file]);
    const add = (page: string) =>
      new AssertingSpecClient('/asyntai', `${url}/asyntai`).call('post', '/asyntai/api/v1/knowledge/url/', {
        headers: { authorization: 'Bearer asy_test_starter' },
        json: { url: page },
      });
    expect((await add('https://docs.example/hours')).body).toMatchObject({ success: true, title: 'Hours' });
    expect((await add('https://docs.example/other')).body.error).toMatch(/runs offline/);
  });
});

describe('supportbot-mock start: origin forms and the local CA', () => {
  it('prints each vendor in every form it serves, and serves them: host name, own port, HTTPS', async () => {
    const caDir = mkdtempSync(join(tmpdir(), 'cli-ca-'));
    try {
      const { url, output } = await start(['--port', '0', '--vendor-port', 'companin=0', '--https-port', '0'], {
        SUPPORTBOT_MOCK_CA_DIR: caDir,
      });
      const port = new URL(url).port;
      expect(output()).toContain(`http://asyntai.localhost:${port}/api/v1/`);
      expect(output()).toContain(`http://chungtair.localhost:${port}/api/widget/`);
      expect(output()).toContain(`NEXT_PUBLIC_API_BASE_URL=http://companin.localhost:${port}`);
      expect(output()).toContain(`HTTPS_PROXY=${url}`);
      const own = /also http:\/\/companin\.localhost:\d+\/api\/v1\/ {2}(http:\/\/127\.0\.0\.1:\d+)\/api\/v1\//.exec(
        output(),
      );
      expect(own).not.toBeNull();
      const assistants = await fetch(`${own![1]}/api/v1/assistants/`, {
        headers: { 'x-api-key': 'cmp_test_client', 'x-api-secret': 'cmp_test_secret' },
      });
      expect(assistants.status).toBe(200);
      const https = /(https:\/\/asyntai\.localhost:\d+)\/api\/v1\//.exec(output())![1];
      const caPem = readFileSync(join(caDir, 'ca-cert.pem'), 'utf8');
      const account = await loopbackFetch({ ca: caPem })(
        new Request(`${https}/api/v1/account/`, { headers: { authorization: 'Bearer asy_test_starter' } }),
      );
      expect(account.status).toBe(200);
    } finally {
      rmSync(caDir, { recursive: true, force: true });
    }
  });

  it('refuses an admin token short enough to guess', () => {
    const r = spawnSync(process.execPath, [CLI, 'start', '--admin-token', 'short'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--admin-token must be at least 16 characters');
  });

  it('refuses a --vendor-port for no vendor, naming the vendors', async () => {
    const r = spawnSync(process.execPath, [CLI, 'start', '--vendor-port', 'zendesk=4011'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--vendor-port: no vendor zendesk; one of asyntai, chungtair, companin');
  });

  it('`ca` makes the CA on first use, prints its path and how to trust it; a damaged folder exits 1', () => {
    const caDir = mkdtempSync(join(tmpdir(), 'cli-ca-'));
    try {
      const env = { ...process.env, SUPPORTBOT_MOCK_CA_DIR: caDir };
      const first = spawnSync(process.execPath, [CLI, 'ca'], { encoding: 'utf8', env });
      expect(first.status).toBe(0);
      expect(first.stdout.split('\n')[0]).toBe(join(caDir, 'ca-cert.pem'));
      expect(first.stdout).toContain(`NODE_EXTRA_CA_CERTS=${join(caDir, 'ca-cert.pem')}`);
      expect(first.stdout).toContain('REQUESTS_CA_BUNDLE=');
      const again = spawnSync(process.execPath, [CLI, 'ca'], { encoding: 'utf8', env });
      expect(again.stdout).toBe(first.stdout);
      rmSync(join(caDir, 'ca-key.pem'));
      const damaged = spawnSync(process.execPath, [CLI, 'ca'], { encoding: 'utf8', env });
      expect(damaged.status).toBe(1);
      expect(damaged.stderr).toMatch(/has no .*ca-key\.pem: remove .* to have a new CA made/);
    } finally {
      rmSync(caDir, { recursive: true, force: true });
    }
  });
});

describe('supportbot-mock proxy', () => {
  it('says how to use it, and refuses a command line that names no vendor or a bad URL', () => {
    const help = spawnSync(process.execPath, [CLI, 'proxy', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const flag of ['--asyntai URL', '--chungtair URL', '--companin URL', '--strict', '--upstream-timeout'])
      expect(help.stdout).toContain(flag);
    const none = spawnSync(process.execPath, [CLI, 'proxy', '--port', '0'], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('name at least one vendor to forward');
    const bad = spawnSync(process.execPath, [CLI, 'proxy', '--asyntai', 'ftp://x'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--asyntai must be an http or https URL');
  });

  it('forwards the vendor given and says where, answering the others itself', async () => {
    const upstream = await start(['--port', '0', '--vendor-port', 'asyntai=0']);
    const own = /also http:\/\/asyntai\.localhost:\d+\/api\/v1\/ {2}(http:\/\/127\.0\.0\.1:\d+)\/api\/v1\//.exec(
      upstream.output(),
    )![1];
    const record = mkdtempSync(join(tmpdir(), 'cli-record-'));
    child = spawn(process.execPath, [CLI, 'proxy', '--asyntai', own, '--port', '0', '--record', record], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child!.stdout!.on('data', (d) => {
        out += d;
        const m = out.match(/listening on (http:\/\/\S+)/);
        if (m && out.includes('forwarded to')) resolve(m[1]);
      });
      child!.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain(`asyntai    forwarded to ${own}`);
    const res = await fetch(`${url}/asyntai/api/v1/account/`, { headers: { authorization: 'Bearer asy_test_pro' } });
    expect((await res.json()).account.plan).toBe('pro');
    const journal = await (await fetch(`${upstream.url}/__admin/journal?limit=1`)).json();
    expect(journal.entries[0]).toMatchObject({ path: '/asyntai/api/v1/account/', form: 'port', status: 200 });
    expect(out).toContain(`recording  the services' answers to ${join(record, 'fixtures.json')}`);
    const chat = await fetch(`${url}/asyntai/api/v1/chat/`, {
      method: 'POST',
      headers: { authorization: 'Bearer asy_test_pro', 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'What are your business hours?' }),
    });
    const said = (await chat.json()).response;
    const recorded = JSON.parse(readFileSync(join(record, 'fixtures.json'), 'utf8'));
    expect(recorded).toEqual({
      replies: [{ vendor: 'asyntai', question: 'What are your business hours?', answer: said }],
    });
    rmSync(record, { recursive: true, force: true });
  });
});

describe('what a developer sees', () => {
  const chat = (url: string, key: string, body: object = { message: 'hi' }) =>
    fetch(`${url}/asyntai/api/v1/chat/`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  /** The request log's lines so far: those after the banner. */
  const logLines = (output: string) => output.split('\n').filter((l) => /^\d\d:\d\d:\d\d\.\d{3} |^\{/.test(l));
  const until = async (output: () => string, count: number) => {
    await expect.poll(() => logLines(output()).length).toBeGreaterThanOrEqual(count);
    return logLines(output());
  };

  it('names the dashboard, then logs each request in a line, with why it was refused; admin left out', async () => {
    const { url, output } = await start(['--port', '0', '--clock', 'frozen']);
    expect(output()).toContain(`  dashboard  ${url}/__admin/ui`);
    await chat(url, 'asy_test_starter');
    await chat(url, 'asy_wrong_key_123');
    await chat(url, 'asy_test_starter', { session_id: 'no-message' });
    await fetch(`${url}/__admin/journal`);
    await fetch(`${url}/nowhere`);
    const lines = await until(output, 4);
    const plain = /^\d\d:\d\d:\d\d\.\d{3} /;
    expect(lines.map((l) => l.replace(plain, '').replace(/ [\d.]+ms/, ' Nms'))).toEqual([
      'asyntai   POST    /asyntai/api/v1/chat/ 200 Nms asyntaiChat',
      'asyntai   POST    /asyntai/api/v1/chat/ 401 Nms asyntaiChat auth: Invalid API key',
      'asyntai   POST    /asyntai/api/v1/chat/ 400 Nms asyntaiChat spec: body.message: is required',
      expect.stringMatching(/^- {9}GET {5}\/nowhere 404 Nms path: Nothing here\./),
    ]);
    // Not a terminal: no colour.
    expect(output()).not.toContain('\u001b[');
  });

  it('logs JSON lines with --log json, admin calls with --log-admin, and nothing with --quiet', async () => {
    const json = await start(['--port', '0', '--log', 'json', '--log-admin']);
    await chat(json.url, 'asy_wrong_key_123');
    await fetch(`${json.url}/__admin/clock`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    const [vendor, admin] = (await until(json.output, 2)).map((l) => JSON.parse(l));
    expect(vendor).toMatchObject({ vendor: 'asyntai', status: 401, refused_by: 'auth', reason: 'Invalid API key' });
    expect(admin).toMatchObject({ vendor: 'admin', method: 'POST', path: '/__admin/clock', status: 400 });
    expect(admin.reason).toContain('send {"set": ISO}');

    const quiet = await start(['--port', '0', '--quiet']);
    await chat(quiet.url, 'asy_test_starter');
    const health = await fetch(`${quiet.url}/__admin/health`);
    expect(health.status).toBe(200);
    expect(logLines(quiet.output())).toEqual([]);
    expect(() => parseStartArgs(['--log', 'loud'], {})).toThrow('--log must be one of pretty, json, quiet, got loud');
  });

  it('answers a mistyped flag or command in two lines with the nearest one, and has help', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    const typo = run('start', '--prot', '5000');
    expect([typo.status, typo.stderr]).toEqual([
      2,
      'supportbot-mock: unknown option --prot (did you mean --port?)\nsupportbot-mock help start lists every option.\n',
    ]);
    expect(run('--watchh').stderr.split('\n')[0]).toBe(
      'supportbot-mock: unknown option --watchh (did you mean --watch?)',
    );
    expect(run('start', '--port').stderr.split('\n')[0]).toBe('supportbot-mock: --port needs a value');
    expect(run('strat').stderr.split('\n')[0]).toBe('supportbot-mock: unknown command strat (did you mean start?)');
    const proxyTypo = run('proxy', '--asyntai', 'http://127.0.0.1:9', '--strictt');
    expect(proxyTypo.stderr).toBe(
      'supportbot-mock: unknown option --strictt (did you mean --strict?)\n' +
        'supportbot-mock help proxy lists every option.\n',
    );
    const report = run('report', '--markdwon', 'x.md');
    expect(report.stderr.split('\n')[0]).toBe(
      'supportbot-mock report: unknown option --markdwon (did you mean --markdown?)',
    );

    const help = run('help');
    expect([help.status, help.stdout.split('\n')[0]]).toEqual([0, 'Usage: supportbot-mock start [options]']);
    expect(run('help', 'proxy').stdout).toMatch(/^Usage: supportbot-mock proxy --VENDOR URL/);
    expect(run('help', 'report').stdout).toMatch(/^Usage: supportbot-mock report/);
    expect(run('help', 'ca').stdout).toMatch(/^Usage: supportbot-mock ca/);
    expect(run('help', 'contracts').stdout).toMatch(/^Usage: supportbot-mock contracts/);
    const unknown = run('help', 'proxi');
    expect([unknown.status, unknown.stderr.split(';')[0]]).toEqual([
      2,
      'supportbot-mock: no command proxi (did you mean proxy?)',
    ]);
  });

  it('says what is wrong in a fixtures file: the file, the line, and the real cause', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-fixtures-'));
    try {
      const run = (name: string, text: string) => {
        const file = join(dir, name);
        writeFileSync(file, text);
        const r = spawnSync(process.execPath, [CLI, 'start', '--port', '0', '--fixtures', file], { encoding: 'utf8' });
        return [r.status, r.stderr.trim().replace(file, 'FILE')];
      };
      // A trailing comma is JSON's error, not a YAML reading of the file that lacks a field.
      expect(run('trailing.json', '{\n  "mode": "extend",\n}\n')).toEqual([
        1,
        'supportbot-mock: fixtures FILE: not valid JSON at line 3, column 1 (Expected double-quoted property name)',
      ]);
      expect(run('wrong-type.yaml', 'chungtair:\n  bots:\n    - token: 0123\n')[1]).toMatch(
        /^supportbot-mock: fixtures FILE \(line 3, column 14\): chungtair\.bots\.0\.token: must be string/,
      );
      const account = (key: string, plan: string, id: number) =>
        `asyntai:\n  accounts:\n    - api_key: ${key}\n      plan: ${plan}\n` +
        `      websites:\n        - id: ${id}\n          domain: shop.example\n`;
      expect(run('clash.yaml', account('asy_live_mine', 'starter', 1))).toEqual([
        1,
        'supportbot-mock: fixtures FILE: asyntai website id 1 of account asy_live_mine is already the demo account ' +
          "asy_test_starter's: pick ids the demo data does not use, or set mode: replace",
      ]);
      expect(run('plan.yaml', account('asy_live_mine', 'gold', 901))[1]).toMatch(
        /^supportbot-mock: fixtures FILE: asyntai account asy_live_mine: plan gold is not one of /,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
