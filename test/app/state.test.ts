import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO, bearer, companinKeys, createTestMock, type TestMock, ownVisits } from '../support/mock.js';

/** State that survives a restart: exported, restored, and kept in a file by `--state`. */
const starter = bearer(DEMO.asyntai.starter);

async function busy(mock: TestMock) {
  await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
    headers: starter,
    json: { title: 'Gift cards', content: 'Gift cards never expire and can be used online.' },
  });
  await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
    headers: starter,
    json: { message: 'Do gift cards expire? I am ana@example.com', session_id: 'ana' },
  });
  const session = await mock.companin.call('post', '/companin/api/v1/sessions/', {
    headers: companinKeys,
    json: { assistant_id: DEMO.companin.assistantId },
  });
  const send = () =>
    mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: { ...companinKeys, 'idempotency-key': 'temp-1' },
      params: { session_id: session.body.data.id },
      json: { content: 'What are your business hours?' },
    });
  const first = await send();
  mock.app.runtime.clock.advance(90);
  return { sessionId: session.body.data.id as string, first, send };
}

describe('GET and PUT /__admin/state', () => {
  it('carry every vendor, the knowledge, the clock and the ids to another mock', async () => {
    const a = await createTestMock();
    const { sessionId, first } = await busy(a);
    const exported = await a.app.fetch(new Request('http://x/__admin/state'));
    const text = await exported.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'supportbot-mock/state', version: 1 });

    const b = await createTestMock({ seed: 7 });
    const put = await b.app.fetch(
      new Request('http://x/__admin/state', {
        method: 'PUT',
        body: text,
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(await put.json()).toEqual({ restored: true, now: a.app.runtime.clock.iso() });
    expect((await b.admin('GET', '/census')).body).toEqual((await a.admin('GET', '/census')).body);
    // New ids go on from where the first mock stood, not from the start.
    const next = await a.companin.call('post', '/companin/api/v1/sessions/', {
      headers: companinKeys,
      json: { assistant_id: DEMO.companin.assistantId },
    });
    const nextB = await b.companin.call('post', '/companin/api/v1/sessions/', {
      headers: companinKeys,
      json: { assistant_id: DEMO.companin.assistantId },
    });
    expect(nextB.body.data.id).toBe(next.body.data.id);
    const leads = await b.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter });
    expect(leads.body.leads[0]).toMatchObject({ session_id: 'ana', email: 'ana@example.com' });
    // The knowledge answers again, and a session's Idempotency-Key still replays.
    const answer = await b.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'Do gift cards expire?' },
    });
    expect(answer.body.response).toMatch(/never expire/);
    const replay = await b.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: { ...companinKeys, 'idempotency-key': 'temp-1' },
      params: { session_id: sessionId },
      json: { content: 'What are your business hours?' },
    });
    expect(replay.body.data.assistant_message.id).toBe(first.body.data.assistant_message.id);
  });

  it('refuse a damaged state or one of another version, naming why, and change nothing', async () => {
    const mock = await createTestMock();
    await busy(mock);
    const before = (await mock.admin('GET', '/census')).body;
    const good = JSON.parse(await (await mock.app.fetch(new Request('http://x/__admin/state'))).text());
    const put = async (body: string) => {
      const res = await mock.app.fetch(
        new Request('http://x/__admin/state', { method: 'PUT', body, headers: { 'content-type': 'application/json' } }),
      );
      return { status: res.status, body: await res.json() };
    };
    expect(await put('{"format": "supportbot-mock/state", "version": 1, "vend')).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/^state: not JSON/) },
    });
    expect(await put(JSON.stringify({ ...good, version: 99 }))).toEqual({
      status: 400,
      body: { error: 'state: state version 99; this supportbot-mock reads version 1' },
    });
    const broken = structuredClone(good);
    broken.vendors.companin.sessions = { $table: 'not a list' };
    expect((await put(JSON.stringify(broken))).body.error).toBe('state: vendors.companin.sessions: must be a table');
    expect((await mock.admin('GET', '/census')).body).toEqual(before);
  });
});

describe('--state FILE', () => {
  const cli = fileURLToPath(new URL('../../dist/bin/main.js', import.meta.url));
  /** `wrap` runs the CLI under another command (setpriv), as a user without root's overrides. */
  const start = (file: string, wrap: string[] = []) => {
    const args = [process.execPath, cli, 'start', '--port', '0', '--clock', 'frozen', '--state', file];
    const child = spawn(wrap[0] ?? args[0], [...wrap.slice(1), ...(wrap.length ? args : args.slice(1))]);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    return { child, url, exited, output: () => out + err };
  };

  it('keeps the state across a restart, saved whole at exit; a damaged file stops the start, named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-state-'));
    const file = join(dir, 'state.json');
    const first = start(file);
    const url = await first.url;
    const chat = await fetch(`${url}/asyntai/api/v1/chat/`, {
      method: 'POST',
      headers: { ...starter, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Hello, I am ana@example.com', session_id: 'kept' }),
    });
    expect(chat.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('supportbot-mock/state');

    const second = start(file);
    const again = await second.url;
    expect(second.output()).toContain(`state loaded from ${file}`);
    const leads = await (await fetch(`${again}/asyntai/api/v1/leads/`, { headers: starter })).json();
    expect(ownVisits(leads.leads).map((l: { session_id: string }) => l.session_id)).toEqual(['kept']);
    second.child.kill('SIGTERM');
    await second.exited;

    writeFileSync(file, '{"format":"supportbot-mock/state","version":1,"vendors":');
    const third = start(file);
    await expect(third.url).rejects.toThrow(`--state ${file}: not JSON`);
    expect(await third.exited).toBe(1);
  }, 30_000);

  it('survives SIGKILL in the middle of saves: the restart finds the last completed save whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-kill-'));
    const file = join(dir, 'state.json');
    const first = start(file);
    const url = await first.url;
    // A few megabytes of state, so that each save takes a while and the kill can land inside one.
    const bulk = await fetch(`${url}/__admin/asyntai/bulk-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ api_key: DEMO.asyntai.starter, sessions: 20_000, messages_per_session: 4 }),
    });
    expect(bulk.status).toBe(200);
    // Writes keep coming, so saves follow one another; the kill comes while they do.
    let sent = 0;
    let saves = 0;
    let lastSeen = 0;
    while (saves < 3) {
      await fetch(`${url}/asyntai/api/v1/chat/`, {
        method: 'POST',
        headers: { ...starter, 'content-type': 'application/json' },
        body: JSON.stringify({ message: `message ${sent}`, session_id: `live-${sent++}` }),
      });
      saves = existsSync(file) ? saves + (statSync(file).mtimeMs > lastSeen ? 1 : 0) : 0;
      lastSeen = existsSync(file) ? statSync(file).mtimeMs : 0;
    }
    first.child.kill('SIGKILL');
    await first.exited;

    const second = start(file);
    const again = await second.url;
    expect(second.output()).toContain(`state loaded from ${file}`);
    const census = await (await fetch(`${again}/__admin/census`)).json();
    expect(census.vendors.asyntai.sessions).toBeGreaterThanOrEqual(20_000);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 60_000);

  it('refuses at start a file whose folder does not exist, naming it, and serves nothing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sbm-nofolder-')), 'missing');
    const run = start(join(dir, 'state.json'));
    await expect(run.url).rejects.toThrow(`--state ${join(dir, 'state.json')}: the folder ${dir} does not exist`);
    expect(await run.exited).toBe(1);
    expect(run.output()).not.toContain('listening on');
  });

  /** A chat, so the state changes; resolves with the status. */
  const change = async (url: string, n: number) =>
    (
      await fetch(`${url}/asyntai/api/v1/chat/`, {
        method: 'POST',
        headers: { ...starter, 'content-type': 'application/json' },
        body: JSON.stringify({ message: `change ${n}`, session_id: `s${n}` }),
      })
    ).status;
  /** Polls (bounded) until `ready` holds; the saves are debounced by 300 ms on the wall clock. */
  const until = async (ready: () => boolean, what: string) => {
    for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 25));
    if (!ready()) throw new Error(`never: ${what}`);
  };

  /**
   * Starts with a state file in `dir`, saves once, breaks the folder with `breakIt`, makes a
   * change (which must be logged and not end the process), mends it, and checks that the
   * next change is saved. `wrap` as in `start`.
   */
  async function survivesFailedSave(
    dir: string,
    breakIt: () => void,
    mend: () => void,
    expected: RegExp,
    wrap: string[] = [],
  ) {
    const file = join(dir, 'state.json');
    const run = start(file, wrap);
    const url = await run.url;
    expect(await change(url, 1)).toBe(200);
    await until(() => existsSync(file), 'the first save');
    breakIt();
    expect(await change(url, 2)).toBe(200);
    await until(() => expected.test(run.output()), `a log line matching ${expected}`);
    expect(run.output()).toContain(`could not save state to ${file}`);
    expect(await change(url, 3)).toBe(200); // still serving, still changing
    mend();
    expect(await change(url, 4)).toBe(200);
    await until(() => run.output().includes(`state saved to ${file} again`), 'the save after mending');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))).toContain('change 4');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }

  it('logs a save into a removed folder, keeps serving, and saves again once the folder is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-gone-'));
    await survivesFailedSave(
      dir,
      () => rmSync(dir, { recursive: true }),
      () => mkdirSync(dir),
      /\(ENOENT\)/,
    );
  }, 30_000);

  const root = process.getuid?.() === 0;

  it('logs a save into a folder it may not write, and saves again once it may', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbm-perm-'));
    // Root writes anywhere; without CAP_DAC_OVERRIDE it obeys the folder's mode like anyone.
    const wrap = root ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', '--'] : [];
    await survivesFailedSave(
      dir,
      () => chmodSync(dir, 0o555),
      () => chmodSync(dir, 0o755),
      /\(EACCES\)/,
      wrap,
    );
  }, 30_000);

  it.skipIf(!root)(
    'logs a save onto a full disk, leaves no partial file, and saves again once there is room',
    async () => {
      // A 1 MiB tmpfs of the test's own (mounting needs root).
      const dir = mkdtempSync(join(tmpdir(), 'sbm-full-'));
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
      try {
        const filler = join(dir, 'filler');
        await survivesFailedSave(
          dir,
          () => {
            const fd = openSync(filler, 'w');
            try {
              for (let i = 0; i < 64; i++) writeSync(fd, Buffer.alloc(64 * 1024));
            } catch (e) {
              if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
            } finally {
              closeSync(fd);
            }
          },
          () => unlinkSync(filler),
          /\(ENOSPC\)/,
        );
      } finally {
        execFileSync('umount', [dir]);
      }
    },
    30_000,
  );
});
