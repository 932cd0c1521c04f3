import { beforeEach, describe, expect, it } from 'vitest';
import { specLimit } from '../../contracts/support/limits.js';
import { DEMO, createTestMock, type TestMock } from '../support/mock.js';

const key = { 'x-api-key': DEMO.__vendor__.key };
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

describe('__vendor__ account', () => {
  it('answers the account the API key belongs to', async () => {
    const res = await mock.__vendor__.call('get', '/__vendor__/v1/account', { headers: key });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['created_at', 'id', 'name']);
  });

  it('401s no API key and an unknown one, in the vendor error shape', async () => {
    for (const headers of [{}, { 'x-api-key': 'nope' }] as Record<string, string>[]) {
      const res = await mock.__vendor__.call('get', '/__vendor__/v1/account', { headers });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'invalid API key' });
    }
  });

  it('takes accounts from a fixtures file', async () => {
    mock = await createTestMock({ fixtures: { __vendor__: { accounts: [{ key: 'k2', name: 'Second' }] } } });
    const res = await mock.__vendor__.call('get', '/__vendor__/v1/account', { headers: { 'x-api-key': 'k2' } });
    expect(res.body.name).toBe('Second');
  });
});

describe('__vendor__ requests-per-minute (x-limits)', () => {
  it('refuses the request past the limit with 429 and Retry-After, until the window moves on', async () => {
    const limit = await specLimit('__vendor__', 'requests-per-minute');
    for (let i = 0; i < limit; i++)
      expect((await mock.__vendor__.call('get', '/__vendor__/v1/account', { headers: key })).status).toBe(200);
    const refused = await mock.__vendor__.call('get', '/__vendor__/v1/account', { headers: key });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await mock.admin('POST', '/clock', { advance_seconds: 61 });
    expect((await mock.__vendor__.call('get', '/__vendor__/v1/account', { headers: key })).status).toBe(200);
  });
});
