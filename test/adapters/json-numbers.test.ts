import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';

// Numbers JSON.parse cannot keep exactly: 1e400 became Infinity and passed validation
// ("Website Infinity not found"); 2^64+1 became 18446744073709552000.
let server: RunningServer;
beforeAll(async () => {
  server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
});
afterAll(() => server.close());

const census = async () => (await fetch(`${server.url}/__admin/census`)).json();
const RULE = 'must be a finite number within ±9007199254740991 (2^53 - 1)';

describe('a JSON body with a number JSON cannot hold exactly', () => {
  it("is 400 in Asyntai's shape naming the field, before anything is stored", async () => {
    const asyntai = new AssertingSpecClient('/asyntai', `${server.url}/asyntai`);
    const before = await census();
    for (const number of ['1e400', '-1e400', '18446744073709551617', '9007199254740993']) {
      const res = await asyntai.call('post', '/asyntai/api/v1/chat/', {
        headers: { authorization: `Bearer ${DEMO.asyntai.starter}`, 'content-type': 'application/json' },
        raw: `{"message":"hi","website_id":${number}}`,
      });
      expect([res.status, res.body.error], number).toEqual([400, expect.stringContaining(`website_id: ${RULE}`)]);
    }
    expect(await census()).toEqual(before);
    // The largest exact integer is still a number like any other (an unknown website here).
    const edge = await asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: { authorization: `Bearer ${DEMO.asyntai.starter}`, 'content-type': 'application/json' },
      raw: '{"message":"hi","website_id":9007199254740991}',
    });
    expect(edge.status).toBe(404);
  });

  it("is refused in Chungtair's and Companin's shapes, naming a nested field", async () => {
    const chungtair = new AssertingSpecClient('/chungtair', `${server.url}/chungtair`);
    const ping = await chungtair.call('post', '/chungtair/api/widget/ping', {
      headers: { 'content-type': 'application/json' },
      raw: `{"token":"${DEMO.chungtair.enabled}","extra":{"n":[1,1e999]}}`,
    });
    expect(ping.status).toBe(400);
    expect(JSON.stringify(ping.body)).toContain('extra.n.1');
    const companin = new AssertingSpecClient('/companin', `${server.url}/companin`);
    const token = await companin.call('post', '/companin/api/v1/auth/widget-token', {
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      raw: `{"client_id":"${DEMO.companin.clientId}","ttl":1e400}`,
    });
    expect(token.status).toBe(422);
    expect(JSON.stringify(token.body)).toContain('ttl');
    expect(JSON.stringify(token.body)).toContain(RULE);
  });

  it('is refused by admin too', async () => {
    const res = await fetch(`${server.url}/__admin/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"advance_seconds":1e400}',
    });
    expect([res.status, await res.json()]).toEqual([400, { error: `advance_seconds: ${RULE}` }]);
  });
});
