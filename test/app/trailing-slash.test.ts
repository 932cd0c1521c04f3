import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { createHandlers } from '../../src/adapters/msw.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { DEMO, bearer, companinKeys, createTestMock } from '../support/mock.js';

/**
 * A path with the wrong trailing slash is redirected where the vendors' frameworks would
 * (Asyntai like Django's APPEND_SLASH, 301; Companin like FastAPI's redirect_slashes, 307),
 * so clients that work against the real service work here, and those that break, break.
 */
describe('trailing-slash redirects', async () => {
  const mock = await createTestMock();

  it('answers 301 on Asyntai and 307 on Companin, with a relative Location that keeps the query', async () => {
    const asyntai = await mock.asyntai.callAnything('GET', '/api/v1/sessions?limit=5', {
      headers: bearer(DEMO.asyntai.starter),
    });
    expect([asyntai.status, asyntai.headers.get('location')]).toEqual([301, 'sessions/?limit=5']);
    const companin = await mock.companin.callAnything('POST', '/api/v1/sessions/abc/messages/', {
      headers: companinKeys,
    });
    expect([companin.status, companin.headers.get('location')]).toEqual([307, '../messages']);
  });

  it('answers 404 on Chungtair, and for paths that are unknown either way', async () => {
    expect((await mock.chungtair.callAnything('GET', '/api/widget/config/')).status).toBe(404);
    expect(
      (await mock.asyntai.callAnything('GET', '/api/v1/nothing', { headers: bearer(DEMO.asyntai.starter) })).status,
    ).toBe(404);
  });

  describe('followed by fetch', () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
    });
    afterAll(() => server.close());

    it('lets a GET without its slash reach Asyntai, and turns a POST into a refused GET, as Django does', async () => {
      const asyntai = new AssertingSpecClient('/asyntai', `${server.url}/asyntai`);
      const list = await asyntai.callAnything('GET', '/api/v1/websites', { headers: bearer(DEMO.asyntai.starter) });
      expect([list.status, list.body.websites[0].id]).toEqual([200, 1]);
      const chat = await asyntai.callAnything('POST', '/api/v1/chat', {
        headers: { ...bearer(DEMO.asyntai.starter), 'content-type': 'application/json' },
        raw: JSON.stringify({ message: 'hi' }),
      });
      expect([chat.status, chat.headers.get('allow')]).toEqual([405, 'POST']);
    });

    it("keeps method and body on Companin's 307: the reference's createSession.js works as written", async () => {
      const companin = new AssertingSpecClient('/companin', `${server.url}/companin`);
      const res = await companin.callAnything('POST', '/api/v1/sessions', {
        headers: { ...companinKeys, 'content-type': 'application/json' },
        raw: JSON.stringify({ assistant_id: DEMO.companin.assistantId }),
      });
      expect([res.status, res.body.data.assistant_id]).toEqual([201, DEMO.companin.assistantId]);
    });
  });

  it('works the same through msw on the real origin', async () => {
    const { handlers } = await createHandlers({ clock: 'frozen' });
    const msw = setupServer(...handlers);
    msw.listen({ onUnhandledRequest: 'error' });
    try {
      const companin = new AssertingSpecClient('/companin', 'https://app.companin.tech');
      const res = await companin.callAnything('POST', '/api/v1/sessions', {
        headers: { ...companinKeys, 'content-type': 'application/json' },
        raw: JSON.stringify({ assistant_id: DEMO.companin.assistantId }),
      });
      expect(res.status).toBe(201);
    } finally {
      msw.close();
    }
  });
});
