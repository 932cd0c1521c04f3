import { describe, expect, it } from 'vitest';
import { VENDOR_MODULES } from '../../src/vendors/index.js';
import { loadSpec } from '../../src/spec/load-spec.js';
import { operationsOf } from '../../src/spec/operations.js';

describe('vendor handlers', () => {
  it('cover every spec operation but the CORS preflights, and handle nothing the spec lacks', async () => {
    const ops = operationsOf(await loadSpec());
    const expected = ops
      .filter((o) => o.method !== 'OPTIONS')
      .map((o) => o.id)
      .sort();
    const actual = VENDOR_MODULES.flatMap((v) => Object.keys(v.handlers)).sort();
    expect(actual).toEqual(expected);
    for (const op of ops.filter((o) => o.method === 'OPTIONS'))
      expect(VENDOR_MODULES.find((v) => v.name === op.vendor)!.cors, op.id).toBeDefined();
  });
});
