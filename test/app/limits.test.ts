import { describe, expect, it } from 'vitest';
import { specLimit } from '../../contracts/support/limits.js';
import { limitsOf } from '../../src/spec/limits.js';
import { loadSpec } from '../../src/spec/load-spec.js';
import { operationsOf } from '../../src/spec/operations.js';
import { DEMO, bearer, companinKeys, createTestMock } from '../support/mock.js';

const starter = bearer(DEMO.asyntai.starter);
const chat = (mock: Awaited<ReturnType<typeof createTestMock>>, message: string, session_id = 's1') =>
  mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message, session_id } });
const used = async (mock: Awaited<ReturnType<typeof createTestMock>>) =>
  (await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter })).body.account.messages_used;

describe('limits declared in openapi.yaml', () => {
  it('name each limit once, and every limited operation says so in its description', async () => {
    const spec = await loadSpec();
    const limits = limitsOf(spec);
    // The limits of the vendors this package ships (a vendor added with new-vendor brings its own).
    const shipped = limits.filter((l) => ['asyntai', 'chungtair', 'companin'].includes(l.vendor));
    expect(shipped.map((l) => `${l.vendor}.${l.name}`).sort()).toEqual([
      'asyntai.daily-upload-characters',
      'asyntai.monthly-messages',
      'asyntai.spreadsheet-rows',
      'chungtair.messages-per-minute',
      'chungtair.pings-per-minute',
      'companin.requests-per-hour',
    ]);
    const ops = operationsOf(spec);
    for (const limit of limits) {
      for (const id of limit.operations)
        expect(ops.find((o) => o.id === id)!.raw.description, id).toContain(`Limit \`${limit.name}\``);
    }
    // The plans the limits name are the plans the account schema allows.
    expect(Object.keys(spec.tags.find((t: any) => t.name === 'asyntai')['x-plans'])).toEqual(
      spec.components.schemas.AsyntaiPlan.enum,
    );
  });

  it('refuse a spec whose limits or operationIds break the rules, naming what is wrong', async () => {
    const spec = structuredClone(await loadSpec());
    const tag = spec.tags.find((t: any) => t.name === 'chungtair');
    tag['x-limits']['pings-per-minute'].operations = ['asyntaiChat'];
    expect(() => limitsOf(spec)).toThrow(/chungtair.pings-per-minute: asyntaiChat is not an operation of chungtair/);
    const plans = structuredClone(await loadSpec());
    delete plans.tags.find((t: any) => t.name === 'asyntai')['x-limits']['monthly-messages'].plans.pro;
    expect(() => limitsOf(plans)).toThrow(/monthly-messages: plans must name each of asyntai's x-plans/);
    const ids = structuredClone(await loadSpec());
    ids.paths['/chungtair/api/widget/config'].get.operationId = 'getConfig';
    expect(() => operationsOf(ids)).toThrow(/operationId getConfig must start with chungtair/);
  });

  it("reach the account endpoint as the plan's numbers", async () => {
    const mock = await createTestMock();
    for (const plan of ['starter', 'standard', 'pro'] as const) {
      const account = (
        await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: bearer(DEMO.asyntai[plan]) })
      ).body.account;
      expect(account.messages_limit).toBe(await specLimit('asyntai', 'monthly-messages', plan));
    }
  });
});

describe('quotas are charged only for what succeeded', () => {
  it('count an AI reply, but not a 503, a 404, or a reply a human gave', async () => {
    const mock = await createTestMock();
    expect((await chat(mock, 'hello')).status).toBe(200);
    expect(await used(mock)).toBe(1);
    await mock.admin('POST', '/faults', { vendor: 'asyntai', type: 'ai_unavailable', times: 1 });
    expect((await chat(mock, 'hello again')).status).toBe(503);
    const missing = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'hi', website_id: 30 },
    });
    expect(missing.status).toBe(404);
    expect(await used(mock)).toBe(1);
    await mock.admin('POST', '/asyntai/sessions/s1/takeover', { agent: 'Mia' });
    expect((await chat(mock, 'are you there?')).status).toBe(200);
    expect(await used(mock)).toBe(1);
  });

  it('leave the daily upload allowance untouched by a refused upload', async () => {
    const mock = await createTestMock();
    const cap = await specLimit('asyntai', 'daily-upload-characters', 'starter');
    const upload = (content: string, website_id?: number) =>
      mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
        headers: starter,
        json: { title: 't', content, website_id },
      });
    expect((await upload('x'.repeat(cap + 1))).status).toBe(429);
    expect((await upload('y'.repeat(cap), 30)).status).toBe(404);
    expect((await upload('z'.repeat(cap))).status).toBe(200);
    expect((await upload('one more character')).status).toBe(429);
  });
});

describe('--unlimited', () => {
  it('lifts every quota, cap and rate, in the one shared stage', async () => {
    const mock = await createTestMock({ unlimited: true });
    await mock.admin('PUT', `/asyntai/accounts/${DEMO.asyntai.starter}/usage`, { messages_used: 1_000_000 });
    expect((await chat(mock, 'still here?')).status).toBe(200);
    const cap = await specLimit('asyntai', 'daily-upload-characters', 'starter');
    const text = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: 'big', content: 'word '.repeat(cap / 5 + 10) },
    });
    expect(text.status).toBe(200);
    const rows = (await specLimit('asyntai', 'spreadsheet-rows', 'starter')) + 3;
    const form = new FormData();
    form.append('file', new File([['n', ...Array.from({ length: rows }, (_, i) => `${i}`)].join('\n')], 'n.csv'));
    expect(
      (await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form })).body
        .rows_processed,
    ).toBe(rows);

    const messages = await specLimit('chungtair', 'messages-per-minute');
    for (let i = 0; i <= messages; i++) {
      const res = await mock.chungtair.call('post', '/chungtair/api/widget/message', {
        json: { token: DEMO.chungtair.enabled, message: `m${i}` },
      });
      expect(res.status).toBe(200);
    }
    await mock.admin('PUT', `/companin/organisations/${DEMO.companin.clientId}/usage`, { requests_this_hour: 5000 });
    const assistants = await mock.companin.call('get', '/companin/api/v1/assistants/', { headers: companinKeys });
    expect(assistants.status).toBe(200);
    expect(assistants.headers.get('x-ratelimit-limit')).toBe(String(Number.MAX_SAFE_INTEGER));
  });
});

describe('admin usage controls', () => {
  it('name the account or organisation they cannot find, and refuse a bad count', async () => {
    const mock = await createTestMock();
    expect(await mock.admin('PUT', '/companin/organisations/nobody/usage', { requests_this_hour: 1 })).toEqual({
      status: 404,
      body: { error: 'no organisation with that client_id' },
    });
    expect(
      (await mock.admin('PUT', `/companin/organisations/${DEMO.companin.clientId}/usage`, { requests_this_hour: -1 }))
        .status,
    ).toBe(400);
    expect((await mock.admin('PUT', '/asyntai/accounts/nobody/usage', { messages_used: 1 })).status).toBe(404);
  });

  it('refuse a fixtures plan the spec does not declare, naming it', async () => {
    const fixtures = {
      asyntai: {
        accounts: [{ api_key: 'asy_x', plan: 'enterprise' as never, websites: [{ id: 99, domain: 'x.example' }] }],
      },
    };
    await expect(createTestMock({ fixtures })).rejects.toThrow(
      /asyntai account asy_x: plan enterprise is not one of free, starter, standard, pro/,
    );
  });
});
