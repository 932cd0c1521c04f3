import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { SPEC_PATH } from '../../src/spec/load-spec.js';
// @ts-expect-error: a plain ES module, with no types of its own
import { syncLimitSentences } from '../../scripts/limit-sentences.mjs';
import { vendorSpecs } from '../../scripts/vendor-specs.mjs';

const body = (s: string) =>
  s
    .replace(/^\/\/.*\n/, '')
    .replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
    .trim();
const committed = (name: string) => readFileSync(new URL(`../../src/generated/${name}.ts`, import.meta.url), 'utf8');

describe("openapi.yaml's limit sentences", () => {
  it('are what `npm run generate` writes from x-limits: none copied, stale or missing', () => {
    const text = readFileSync(SPEC_PATH, 'utf8');
    expect(syncLimitSentences(text)).toBe(text);
    // A sentence taken out, or a limit's description changed, is written back from x-limits.
    const sentence = /\n +Limit `monthly-messages` \(x-limits\): [^\n]*/;
    expect(syncLimitSentences(text.replace(sentence, ''))).toBe(text);
    const changed = text.replace('AI replies per calendar month (UTC);', 'AI replies a month;');
    expect(syncLimitSentences(changed)).toContain('Limit `monthly-messages` (x-limits): AI replies a month;');
  });
});

describe('src/generated/', () => {
  it('openapi.ts is what `npm run generate` makes from openapi.yaml today (run it after spec edits)', async () => {
    const fresh = astToString(await openapiTS(new URL(`file://${SPEC_PATH}`)));
    expect(body(committed('openapi'))).toBe(body(fresh));
  });

  it('each vendor file has the vendor paths without the mount, and is current', async () => {
    for (const { name, spec } of vendorSpecs(SPEC_PATH)) {
      expect(Object.keys(spec.paths).every((p) => p.startsWith('/') && !p.startsWith(`/${name}/`))).toBe(true);
      expect(body(committed(name))).toBe(body(astToString(await openapiTS(spec as never))));
    }
  });
});
