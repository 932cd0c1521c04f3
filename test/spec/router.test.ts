import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/load-spec.js';
import { operationsOf } from '../../src/spec/operations.js';
import { SpecRouter } from '../../src/spec/router.js';

describe('SpecRouter', async () => {
  const router = new SpecRouter(operationsOf(await loadSpec()));
  const id = (path: string) => {
    const m = router.match('DELETE', path);
    return m.kind === 'operation' ? m.pathParams : m.kind;
  };

  // A value with nothing escaped is taken as it is; one with escapes is decoded.
  it('binds path parameters percent-decoded, and a broken escape matches nothing', () => {
    expect(id('/asyntai/api/v1/webhooks/wh_1/')).toEqual({ id: 'wh_1' });
    expect(id('/asyntai/api/v1/webhooks/a%2Fb%20c/')).toEqual({ id: 'a/b c' });
    expect(id('/asyntai/api/v1/webhooks/%E0%A4%A/')).toBe('not-found');
  });

  it('names the methods a path takes when the method is not one of them', () => {
    expect(router.match('PATCH', '/asyntai/api/v1/webhooks/wh_1/')).toMatchObject({ kind: 'method-not-allowed' });
    expect(router.match('GET', '/asyntai/api/v1/nothing-here/')).toEqual({ kind: 'not-found' });
  });
});
