import { describe, expect, it } from 'vitest';
import { responseValidator } from '../../contracts/support/asserting-spec-client.js';

describe('the spec response check', () => {
  it('passes a conforming response and names what is wrong in one that is not', async () => {
    const v = await responseValidator();
    const ok = v.check({
      method: 'GET',
      path: '/asyntai/api/v1/account/',
      status: 200,
      contentType: 'application/json',
      body: { success: true, account: { email: 'a@b.c', plan: 'starter', messages_used: 0, messages_limit: 2500 } },
    });
    expect(ok).toEqual({ operationId: 'asyntaiGetAccount', violations: [] });
    const wrongBody = v.check({
      method: 'GET',
      path: '/asyntai/api/v1/account/',
      status: 200,
      contentType: 'application/json',
      body: { success: true, account: { plan: 'gold' } },
    });
    expect(wrongBody.violations.join()).toMatch(/account.email: is required/);
    expect(wrongBody.violations.join()).toMatch(/account.plan: must be one of/);
    const undocumented = v.check({
      method: 'GET',
      path: '/asyntai/api/v1/account/',
      status: 418,
      contentType: 'application/json',
      body: {},
    });
    expect(undocumented.violations.join()).toMatch(/status 418 is not documented/);
    const wrongType = v.check({
      method: 'GET',
      path: '/asyntai/api/v1/account/',
      status: 200,
      contentType: 'text/html',
      body: '',
    });
    expect(wrongType.violations.join()).toMatch(/content-type text\/html is not documented/);
  });

  it('requires unknown paths to answer 404, and wrong methods 405, in the vendor error shape', async () => {
    const v = await responseValidator();
    expect(
      v.check({
        method: 'GET',
        path: '/companin/api/v1/nope',
        status: 404,
        contentType: 'application/json',
        body: { status: 'error', status_code: 404, detail: 'x', data: null },
      }).violations,
    ).toEqual([]);
    expect(
      v.check({
        method: 'GET',
        path: '/companin/api/v1/nope',
        status: 404,
        contentType: 'application/json',
        body: { error: 'x' },
      }).violations,
    ).toHaveLength(1);
    expect(
      v
        .check({
          method: 'PUT',
          path: '/asyntai/api/v1/chat/',
          status: 404,
          contentType: 'application/json',
          body: { success: false, error: 'x' },
        })
        .violations.join(),
    ).toMatch(/expected 405/);
  });
});
