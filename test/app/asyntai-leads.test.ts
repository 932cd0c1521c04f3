import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { DEMO } from '../../src/vendors/index.js';

// Through the Node server, on a default (frozen) start.
let server: RunningServer;
let asyntai: AssertingSpecClient;
beforeAll(async () => {
  server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
  asyntai = new AssertingSpecClient('/asyntai', `${server.url}/asyntai`);
});
afterAll(() => server.close());

const headers = (key: string) => ({ authorization: `Bearer ${key}` });
const leadsOf = async (key: string) =>
  (await asyntai.call('get', '/asyntai/api/v1/leads/', { headers: headers(key) })).body.leads as {
    session_id: string;
    started_at: string;
    email: string | null;
    phone: string | null;
  }[];

describe('asyntai leads on a default start', () => {
  it('are seeded for each paid account, newest visit first, with chats to read', async () => {
    for (const key of [DEMO.asyntai.starter, DEMO.asyntai.standard, DEMO.asyntai.pro]) {
      const leads = await leadsOf(key);
      expect(leads.map((l) => [l.session_id, l.started_at])).toEqual([
        ['demo-visit-2', '2025-06-01T16:45:00Z'],
        ['demo-visit-1', '2025-05-30T14:05:00Z'],
      ]);
      expect(leads.map((l) => l.email)).toEqual([
        expect.stringMatching(/@example\.com$/),
        expect.stringMatching(/@example\.com$/),
      ]);
      // The Dify plugin's flow: a lead, then its chat.
      const chat = await asyntai.call('get', '/asyntai/api/v1/conversations/', {
        headers: headers(key),
        query: { session_id: leads[1].session_id },
      });
      expect(chat.body.messages.at(-1).content).toContain(leads[1].email);
    }
    // The free plan has no API access, and no demo visits.
    const free = await asyntai.call('get', '/asyntai/api/v1/leads/', { headers: headers(DEMO.asyntai.free) });
    expect(free.status).toBe(403);
  });

  it('are ordered by when the visit started, not by when the lead was recorded', async () => {
    // Recorded now (09:00 on the frozen clock), but the visit started the day before both demo visits.
    const recorded = await fetch(`${server.url}/__admin/asyntai/accounts/${DEMO.asyntai.pro}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        session_id: 'older-visit',
        started_at: '2025-05-29T08:00:00Z',
        messages: [{ role: 'user', content: 'I am at old@example.com' }],
      }),
    });
    expect(recorded.status).toBe(201);
    const chat = await asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: headers(DEMO.asyntai.pro),
      json: { message: 'mail me at new@example.com', session_id: 'live-visit' },
    });
    expect(chat.status).toBe(200);
    expect((await leadsOf(DEMO.asyntai.pro)).map((l) => l.session_id)).toEqual([
      'live-visit',
      'demo-visit-2',
      'demo-visit-1',
      'older-visit',
    ]);
  });
});
