import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMockApp } from '../../src/create-app.js';
import { watchFixtures } from '../../src/cli/watch.js';
import { readFixturesFile } from '../../src/fixtures/load-fixtures.js';
import { DEMO, VENDOR_MODULES } from '../../src/vendors/index.js';
import { ownVisits } from '../support/mock.js';

/** `--watch`: an edited fixtures file takes effect at once, and what clients made stays. */
const TOKEN = 'abcdef0123456789abcdef0123456789';
const fixtures = (name: string, extra: object = {}) => ({
  chungtair: {
    bots: [{ token: TOKEN, bot_name: name, knowledge: [{ title: 'Hours', content: `${name} opens at nine.` }] }],
  },
  ...extra,
});

async function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'sbm-watch-'));
  const file = join(dir, 'fixtures.json');
  writeFileSync(file, JSON.stringify(fixtures('One')));
  const start = await readFixturesFile(file, VENDOR_MODULES);
  const app = await createMockApp({ clock: 'frozen', fixtures: start });
  const lines: string[] = [];
  const watcher = await watchFixtures(file, app, VENDOR_MODULES, { seed: 1, fixtures: start }, (l) => lines.push(l));
  return { file, app, lines, watcher };
}

const post = (app: Awaited<ReturnType<typeof createMockApp>>, path: string, body: unknown, headers = {}) =>
  app.fetch(
    new Request(`http://x${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );

describe('--watch', () => {
  it('reloads an edited fixtures file, keeping sessions, conversations and knowledge clients made', async () => {
    const { file, app, lines, watcher } = await setup();
    try {
      const asyntai = { authorization: `Bearer ${DEMO.asyntai.starter}` };
      await post(app, '/asyntai/api/v1/chat/', { message: 'hi', session_id: 'kept' }, asyntai);
      await post(
        app,
        '/asyntai/api/v1/knowledge/text/',
        { title: 'Parking', content: 'Parking is free at the back.' },
        asyntai,
      );
      await post(app, '/chungtair/api/widget/message', {
        token: TOKEN,
        message: 'hello',
        history: [],
        chat_id: 'web_0badc0de',
      });

      writeFileSync(
        file,
        JSON.stringify(
          fixtures('Two', {
            chungtair: {
              bots: [
                { token: TOKEN, bot_name: 'Two', knowledge: [{ title: 'Hours', content: 'Two opens at ten.' }] },
                { token: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', bot_name: 'Brand new' },
              ],
            },
          }),
        ),
      );
      await watcher.reload();
      expect(lines.at(-1)).toMatch(
        /^supportbot-mock: reloaded .*fixtures\.json; kept \d+ records and 1 knowledge entries not from it$/,
      );

      const config = async (token: string) =>
        (await (await app.fetch(new Request(`http://x/chungtair/api/widget/config?token=${token}`))).json()).config;
      expect((await config(TOKEN)).bot_name).toBe('Two');
      expect((await config('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')).bot_name).toBe('Brand new');
      // What clients made is still there; the bot now answers from the new file's knowledge.
      const sessions = await (
        await app.fetch(new Request('http://x/asyntai/api/v1/sessions/', { headers: asyntai }))
      ).json();
      expect(ownVisits(sessions.sessions).map((s: { session_id: string }) => s.session_id)).toEqual(['kept']);
      const parking = await (await post(app, '/asyntai/api/v1/chat/', { message: 'Is parking free?' }, asyntai)).json();
      expect(parking.response).toMatch(/Parking is free/);
      const conversations = (await app.admin('GET', `/chungtair/bots/${TOKEN}/conversations`)).body.conversations;
      expect(conversations.map((c: { chat_id: string }) => c.chat_id)).toEqual(['web_0badc0de']);
      const hours = await (
        await post(app, '/chungtair/api/widget/message', {
          token: TOKEN,
          message: 'Opening hours?',
          history: [],
          chat_id: 'web_0badc0df',
        })
      ).json();
      expect(hours.reply).toMatch(/Two opens at ten/);
    } finally {
      watcher.close();
    }
  });

  it('logs a file that no longer reads and changes nothing; reloads on its own when the file changes', async () => {
    const { file, app, lines, watcher } = await setup();
    try {
      const before = (await app.admin('GET', '/census')).body;
      writeFileSync(file, '{"chungtair": {"bots": [{"token": "short"}]}}');
      await watcher.reload();
      expect(lines.at(-1)).toMatch(
        /not reloaded: fixtures .*fixtures\.json \(line 1, column 35\): chungtair\.bots\.0\.token/,
      );
      expect((await app.admin('GET', '/census')).body).toEqual(before);

      writeFileSync(file, JSON.stringify(fixtures('Three')));
      await expect.poll(() => lines.at(-1), { timeout: 5000 }).toMatch(/^supportbot-mock: reloaded/);
      const config = await (await app.fetch(new Request(`http://x/chungtair/api/widget/config?token=${TOKEN}`))).json();
      expect(config.config.bot_name).toBe('Three');
    } finally {
      watcher.close();
    }
  });
});
