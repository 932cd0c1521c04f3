import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { DEMO, VENDOR_MODULES } from '../../src/vendors/index.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
});
afterAll(() => server.close());

const setUsed = async (path: string, used: unknown) => {
  const res = await fetch(`${server.url}/__admin/limits/${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ used }),
  });
  return { status: res.status, body: await res.json() };
};

describe('PUT /__admin/limits/{vendor}/{limit}/{subject}', () => {
  it('sets any counted limit for its subject, so the next request meets the 429', async () => {
    const asyntai = new AssertingSpecClient('/asyntai', `${server.url}/asyntai`);
    const set = await setUsed(`asyntai/monthly-messages/${DEMO.asyntai.starter}`, 2500);
    expect(set).toEqual({
      status: 200,
      body: {
        vendor: 'asyntai',
        limit: 'monthly-messages',
        subject: DEMO.asyntai.starter,
        used: 2500,
        of: 2500,
        resets_at: '2025-07-01T00:00:00.000Z',
      },
    });
    const chat = await asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: { authorization: `Bearer ${DEMO.asyntai.starter}` },
      json: { message: 'hello' },
    });
    expect(chat.status).toBe(429);

    const companin = new AssertingSpecClient('/companin', `${server.url}/companin`);
    expect((await setUsed(`companin/requests-per-hour/${DEMO.companin.clientId}`, 1000)).body.used).toBe(1000);
    const list = await companin.call('get', '/companin/api/v1/assistants/', {
      headers: { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret },
    });
    expect([list.status, list.headers.get('x-ratelimit-remaining')]).toEqual([429, '0']);

    // A sliding per-IP window: the server sees this test's requests from 127.0.0.1.
    const chungtair = new AssertingSpecClient('/chungtair', `${server.url}/chungtair`);
    expect((await setUsed('chungtair/pings-per-minute/127.0.0.1', 30)).body).toMatchObject({ used: 30, of: 30 });
    const ping = await chungtair.call('post', '/chungtair/api/widget/ping', {
      json: { token: DEMO.chungtair.enabled },
    });
    expect(ping.status).toBe(429);
    expect((await setUsed('chungtair/pings-per-minute/127.0.0.1', 0)).body.used).toBe(0);
    const again = await chungtair.call('post', '/chungtair/api/widget/ping', {
      json: { token: DEMO.chungtair.enabled },
    });
    expect(again.status).toBe(200);
  });

  it('refuses an unknown vendor, limit or subject with 400 naming the known ones', async () => {
    expect(await setUsed('zendesk/x/y', 1)).toEqual({
      status: 400,
      body: { error: `unknown vendor zendesk: one of ${VENDOR_MODULES.map((m) => m.name).join(', ')}` },
    });
    expect(await setUsed('asyntai/spreadsheet-rows/asy_test_pro', 1)).toEqual({
      status: 400,
      body: { error: 'asyntai counts no limit spreadsheet-rows: one of monthly-messages, daily-upload-characters' },
    });
    const subject = await setUsed('asyntai/monthly-messages/asy_nobody', 1);
    expect(subject.status).toBe(400);
    expect(subject.body.error).toMatch(
      /^unknown subject asy_nobody for monthly-messages: an account's API key: .*asy_test_starter/,
    );
    expect((await setUsed('chungtair/pings-per-minute/not-an-ip', 1)).body.error).toBe(
      'unknown subject not-an-ip for pings-per-minute: a visitor IP address (IPv4 or IPv6)',
    );
    expect((await setUsed(`companin/requests-per-hour/${DEMO.companin.clientId}`, -1)).body.error).toBe(
      'used: must be a non-negative integer',
    );
  });
});
