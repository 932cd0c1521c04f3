import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../src/core/random.js';
import { demoSections } from '../../src/fixtures/demo-data.js';
import { readFixturesFile } from '../../src/fixtures/load-fixtures.js';
import { VENDOR_MODULES } from '../../src/vendors/index.js';
import { DEMO, bearer, createTestMock } from '../support/mock.js';

const dir = mkdtempSync(join(tmpdir(), 'sbm-fixtures-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('fixtures files', () => {
  it('extend the demo data from YAML, replacing an entry with the same key', async () => {
    const fixtures = await readFixturesFile(
      file(
        'extend.yaml',
        `
asyntai:
  accounts:
    - api_key: asy_test_pro
      plan: starter
      websites: [{ id: 77, domain: replaced.example }]
    - api_key: asy_team
      plan: standard
      websites: [{ id: 500, name: Team, domain: team.example }]
      knowledge: [{ title: Parking, content: Parking is free behind the building. }]
chungtair:
  bots:
    - token: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
      bot_name: Extra
`,
      ),
      VENDOR_MODULES,
    );
    const mock = await createTestMock({ fixtures });
    const team = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer('asy_team'),
      json: { message: 'is parking free?' },
    });
    expect(team.body.response).toMatch(/Parking is free/);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: bearer(DEMO.asyntai.pro) })).body.account
        .plan,
    ).toBe('starter');
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: bearer(DEMO.asyntai.starter) })).status,
    ).toBe(200);
    expect(
      (await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: { token: 'a'.repeat(32) } })).body
        .config.bot_name,
    ).toBe('Extra');
  });

  it('replace everything with mode: replace (JSON)', async () => {
    const fixtures = await readFixturesFile(
      file(
        'replace.json',
        JSON.stringify({
          mode: 'replace',
          asyntai: { accounts: [{ api_key: 'only', plan: 'pro', websites: [{ id: 9, domain: 'only.example' }] }] },
        }),
      ),
      VENDOR_MODULES,
    );
    const mock = await createTestMock({ fixtures });
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: bearer(DEMO.asyntai.starter) })).status,
    ).toBe(401);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/websites/', { headers: bearer('only') })).body.websites,
    ).toEqual([{ id: 9, name: 'only.example', domain: 'only.example', is_primary: true }]);
  });

  it('fail at start with the field named when they are wrong', async () => {
    await expect(
      readFixturesFile(file('bad.json', JSON.stringify({ chungtair: { bots: [{ token: 'XYZ' }] } })), VENDOR_MODULES),
    ).rejects.toThrow(/chungtair.bots.0.token: must match pattern/);
    await expect(readFixturesFile(file('typo.json', JSON.stringify({ asyntia: {} })), VENDOR_MODULES)).rejects.toThrow(
      /typo\.json \(line 1, column \d+\): \(top level\): has an unknown key "asyntia" \(did you mean "asyntai"\?\)/,
    );
    const nested = { companin: { organisations: [{ client_id: 'a', client_secret: 'b', asistants: [] }] } };
    await expect(readFixturesFile(file('nested.json', JSON.stringify(nested)), VENDOR_MODULES)).rejects.toThrow(
      new RegExp(
        String.raw`nested\.json \(line 1, column \d+\): companin\.organisations\.0: ` +
          String.raw`has an unknown key "asistants" \(did you mean "assistants"\?\)`,
      ),
    );
    await expect(readFixturesFile(file('broken.json', '{"asyntai": {'), VENDOR_MODULES)).rejects.toThrow(
      /fixtures .*broken\.json: not valid JSON/,
    );
    await expect(readFixturesFile(file('broken.yaml', 'asyntai: [unclosed'), VENDOR_MODULES)).rejects.toThrow(
      /fixtures .*broken\.yaml: not valid YAML/,
    );
    // YAML under another name is read as YAML.
    const yamlNamedTxt = await readFixturesFile(
      file('fixtures.txt', 'mode: replace\nchungtair:\n  bots:\n    - token: 0123456789abcdef0123456789abcdef\n'),
      VENDOR_MODULES,
    );
    expect((yamlNamedTxt.chungtair as { bots: { token: string }[] }).bots[0].token).toBe(
      '0123456789abcdef0123456789abcdef',
    );
    await expect(readFixturesFile(join(dir, 'nope.json'), VENDOR_MODULES)).rejects.toThrow(
      /fixtures .*nope\.json: cannot be read \(ENOENT\)/,
    );
    const dup = await readFixturesFile(
      file(
        'dup.json',
        JSON.stringify({
          asyntai: { accounts: [{ api_key: 'x', plan: 'pro', websites: [{ id: 1, domain: 'dup.example' }] }] },
        }),
      ),
      VENDOR_MODULES,
    );
    await expect(createTestMock({ fixtures: dup })).rejects.toThrow(
      "website id 1 of account x is already the demo account asy_test_starter's",
    );
    // Two of the file's own accounts: said as such, not as the demo's.
    const twice = {
      mode: 'replace' as const,
      asyntai: {
        accounts: [
          { api_key: 'a', plan: 'pro' as const, websites: [{ id: 5, domain: 'a.example' }] },
          { api_key: 'b', plan: 'pro' as const, websites: [{ id: 5, domain: 'b.example' }] },
        ],
      },
    };
    await expect(createTestMock({ fixtures: twice })).rejects.toThrow(
      "website id 5 of account b is already account a's",
    );
  });
});

describe('the demo data', () => {
  it('survives JSON whole, as the browser build inlines it, and a seed always gives the same', async () => {
    const sections = Object.fromEntries(await demoSections(VENDOR_MODULES, DEFAULT_SEED));
    expect(JSON.parse(JSON.stringify(sections))).toStrictEqual(sections);
    expect(Object.fromEntries(await demoSections(VENDOR_MODULES, DEFAULT_SEED))).toStrictEqual(sections);
    expect(Object.fromEntries(await demoSections(VENDOR_MODULES, DEFAULT_SEED + 1))).not.toStrictEqual(sections);
  });
});
