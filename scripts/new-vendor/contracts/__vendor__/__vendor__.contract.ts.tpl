import { expect } from '../support/expect.js';
import { afterAll, beforeAll, describe, it } from '../support/harness.js';
import { specLimit } from '../support/limits.js';
import { contractEnv, itMock, target, type Target } from '../support/targets.js';

let t: Target;
beforeAll(async () => {
  t = await target('__vendor__');
});
afterAll(() => t.close());
const mockOnly = itMock(() => t);
const key = () => ({ 'x-api-key': contractEnv.__VENDOR___API_KEY });

describe('__Vendor__ contract', () => {
  it('GET /v1/account: 200 with the account; 401 without a key or with a wrong one', async () => {
    const ok = await t.client.call('get', '/__vendor__/v1/account', { headers: key() });
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body).sort()).toEqual(['created_at', 'id', 'name']);
    expect((await t.client.call('get', '/__vendor__/v1/account')).status).toBe(401);
    expect((await t.client.call('get', '/__vendor__/v1/account', { headers: { 'x-api-key': 'wrong' } })).status).toBe(
      401,
    );
  });

  mockOnly('429 with Retry-After past the requests a minute (x-limits)', async () => {
    const limit = await specLimit('__vendor__', 'requests-per-minute');
    await t.admin!('PUT', `/limits/__vendor__/requests-per-minute/${contractEnv.__VENDOR___API_KEY}`, { used: limit });
    const refused = await t.client.call('get', '/__vendor__/v1/account', { headers: key() });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    await t.admin!('POST', '/reset');
  });
});
