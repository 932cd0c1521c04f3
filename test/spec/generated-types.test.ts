import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { SPEC_PATH } from '../../src/spec/load-spec.js';

describe('src/generated/openapi.ts', () => {
  it('is what `npm run generate` makes from openapi.yaml today (run it after editing the spec)', async () => {
    const ast = await openapiTS(new URL(`file://${SPEC_PATH}`));
    const fresh = astToString(ast);
    const committed = readFileSync(new URL('../../src/generated/openapi.ts', import.meta.url), 'utf8');
    const body = (s: string) => s.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
    expect(body(committed)).toBe(body(fresh));
  });
});
