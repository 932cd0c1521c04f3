import { createHmac } from 'node:crypto';
import { expect } from '../support/expect.js';
import { afterAll, beforeAll, describe, it } from '../support/harness.js';
import { responseValidator } from '../support/asserting-spec-client.js';
import { DEMO } from '../../src/vendors/index.js';
import { contractEnv, itMock, itWrites, target, type Target } from '../support/targets.js';
import { specLimit } from '../support/limits.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

let t: Target;
beforeAll(async () => {
  t = await target('asyntai');
});
afterAll(() => t.close());
const writes = itWrites(() => t);
const mockOnly = itMock(() => t);
const auth = () => ({ authorization: `Bearer ${contractEnv.ASYNTAI_API_KEY}` });
const bad = { authorization: 'Bearer asy_definitely_not_a_key' };

describe('Asyntai contract', () => {
  it('GET /account/: 200 with the plan and usage; 401 for a bad key', async () => {
    const ok = await t.client.call('get', '/asyntai/api/v1/account/', { headers: auth() });
    expect(ok.status).toBe(200);
    expect((await t.client.call('get', '/asyntai/api/v1/account/', { headers: bad })).status).toBe(401);
  });

  it('GET /websites/: 200; 401', async () => {
    expect((await t.client.call('get', '/asyntai/api/v1/websites/', { headers: auth() })).status).toBe(200);
    expect((await t.client.call('get', '/asyntai/api/v1/websites/', { headers: bad })).status).toBe(401);
  });

  it('GET /sessions/, /leads/, /knowledge/: 200; 400 out of range; 401', async () => {
    for (const path of ['/asyntai/api/v1/sessions/', '/asyntai/api/v1/leads/', '/asyntai/api/v1/knowledge/'] as const) {
      expect((await t.client.call('get', path, { headers: auth(), query: { limit: 5 } })).status).toBe(200);
      expect((await t.client.call('get', path, { headers: auth(), query: { limit: 101 } })).status).toBe(400);
      expect((await t.client.call('get', path, { headers: bad })).status).toBe(401);
    }
  });

  it('GET /conversations/: 400 without session_id; 404 for an unknown session', async () => {
    expect((await t.client.call('get', '/asyntai/api/v1/conversations/', { headers: auth() })).status).toBe(400);
    expect(
      (
        await t.client.call('get', '/asyntai/api/v1/conversations/', {
          headers: auth(),
          query: { session_id: 'contract-no-such-session' },
        })
      ).status,
    ).toBe(404);
  });

  it('GET /webhooks/: 200; 401', async () => {
    expect((await t.client.call('get', '/asyntai/api/v1/webhooks/', { headers: auth() })).status).toBe(200);
    expect((await t.client.call('get', '/asyntai/api/v1/webhooks/', { headers: bad })).status).toBe(401);
  });

  writes(
    'POST /chat/ then GET /conversations/: history by session; 400 bad JSON and missing message; 401',
    async () => {
      const session_id = `contract-${Date.now()}`;
      const chat = await t.client.call('post', '/asyntai/api/v1/chat/', {
        headers: auth(),
        json: { message: 'What are your business hours?', session_id },
      });
      expect(chat.status).toBe(200);
      expect(chat.body.session_id).toBe(session_id);
      const history = await t.client.call('get', '/asyntai/api/v1/conversations/', {
        headers: auth(),
        query: { session_id },
      });
      expect(history.body.messages.map((m: any) => m.role)).toEqual(['user', 'assistant']);
      expect(
        (
          await t.client.call('post', '/asyntai/api/v1/chat/', {
            headers: { ...auth(), 'content-type': 'application/json' },
            raw: '{"message":',
          })
        ).status,
      ).toBe(400);
      expect(
        (await t.client.call('post', '/asyntai/api/v1/chat/', { headers: auth(), json: {} as never })).status,
      ).toBe(400);
      expect(
        (await t.client.call('post', '/asyntai/api/v1/chat/', { headers: bad, json: { message: 'hi' } })).status,
      ).toBe(401);
    },
  );

  writes('POST /knowledge/text/, then DELETE /knowledge/{id}/ twice: 200 then 404; 400 for short content', async () => {
    const added = await t.client.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: auth(),
      json: { title: 'Contract', content: 'Contract suite knowledge entry.' },
    });
    expect(added.status).toBe(200);
    expect(
      (
        await t.client.call('post', '/asyntai/api/v1/knowledge/text/', {
          headers: auth(),
          json: { title: 'x', content: 'short' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await t.client.call('delete', '/asyntai/api/v1/knowledge/{id}/', {
          headers: auth(),
          params: { id: added.body.id },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.client.call('delete', '/asyntai/api/v1/knowledge/{id}/', {
          headers: auth(),
          params: { id: added.body.id },
        })
      ).status,
    ).toBe(404);
  });

  writes('POST /knowledge/url/: 400 for a page that cannot be fetched', async () => {
    expect(
      (
        await t.client.call('post', '/asyntai/api/v1/knowledge/url/', {
          headers: auth(),
          json: { url: 'http://127.0.0.1:9/unreachable' },
        })
      ).status,
    ).toBe(400);
  });

  writes('POST /knowledge/spreadsheet/: 200 for a CSV, rows counted; 400 for another type', async () => {
    const form = new FormData();
    form.append('file', new File(['product,price\nTea,3\nCoffee,4'], 'contract.csv', { type: 'text/csv' }));
    const ok = await t.client.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: auth(), form });
    expect(ok.body).toMatchObject({ rows_processed: 2, chunks_created: 2 });
    await t.client.call('delete', '/asyntai/api/v1/knowledge/{id}/', { headers: auth(), params: { id: ok.body.id } });
    const wrong = new FormData();
    wrong.append('file', new File(['hello'], 'contract.txt'));
    expect(
      (await t.client.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: auth(), form: wrong })).status,
    ).toBe(400);
  });

  writes('POST /webhooks/ shows the secret once; DELETE twice: 200 then 404; 400 for an unknown event', async () => {
    const created = await t.client.call('post', '/asyntai/api/v1/webhooks/', {
      headers: auth(),
      json: { url: 'https://example.com/contract-hook', events: ['message.received'] },
    });
    expect(created.body.webhook.secret).toMatch(/^whsec_/);
    expect(
      (
        await t.client.call('post', '/asyntai/api/v1/webhooks/', {
          headers: auth(),
          json: { url: 'https://example.com/h', events: ['nope' as never] },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await t.client.call('delete', '/asyntai/api/v1/webhooks/{id}/', {
          headers: auth(),
          params: { id: created.body.webhook.id },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.client.call('delete', '/asyntai/api/v1/webhooks/{id}/', {
          headers: auth(),
          params: { id: created.body.webhook.id },
        })
      ).status,
    ).toBe(404);
  });

  mockOnly('403 for a Free-plan key on every operation', async () => {
    const free = { authorization: `Bearer ${DEMO.asyntai.free}` };
    expect((await t.client.call('get', '/asyntai/api/v1/account/', { headers: free })).status).toBe(403);
    expect(
      (await t.client.call('post', '/asyntai/api/v1/chat/', { headers: free, json: { message: 'hi' } })).status,
    ).toBe(403);
  });

  mockOnly('429 past the monthly message limit, and 200 again next month', async () => {
    await t.admin!('POST', '/reset');
    const { messages_limit } = (await t.client.call('get', '/asyntai/api/v1/account/', { headers: auth() })).body
      .account;
    await t.admin!('PUT', `/asyntai/accounts/${contractEnv.ASYNTAI_API_KEY}/usage`, { messages_used: messages_limit });
    expect(
      (await t.client.call('post', '/asyntai/api/v1/chat/', { headers: auth(), json: { message: 'over the limit' } }))
        .status,
    ).toBe(429);
    await t.admin!('POST', '/clock', { set: '2025-07-01T00:00:00Z' });
    expect(
      (await t.client.call('post', '/asyntai/api/v1/chat/', { headers: auth(), json: { message: 'new month' } }))
        .status,
    ).toBe(200);
    await t.admin!('POST', '/reset');
  });

  mockOnly('503 while the AI is unavailable', async () => {
    await t.admin!('POST', '/faults', { vendor: 'asyntai', type: 'ai_unavailable', times: 1 });
    expect(
      (await t.client.call('post', '/asyntai/api/v1/chat/', { headers: auth(), json: { message: 'hi' } })).status,
    ).toBe(503);
  });

  writes('a chat message with an email makes a lead for its session', async () => {
    const session_id = `contract-lead-${Date.now()}`;
    await t.client.call('post', '/asyntai/api/v1/chat/', {
      headers: auth(),
      json: { message: 'Please email me at contract.lead@example.com', session_id },
    });
    const leads = await t.client.call('get', '/asyntai/api/v1/leads/', {
      headers: auth(),
      query: { email: 'contract.lead@example.com', limit: 5 },
    });
    expect(leads.body.leads.map((l: any) => l.session_id)).toContain(session_id);
  });

  mockOnly('webhook deliveries reach a receiver, signed with the secret given at creation', async () => {
    const receiver = await new WebhookReceiver().start();
    const { received } = receiver;
    try {
      const { url } = receiver;
      const created = await t.client.call('post', '/asyntai/api/v1/webhooks/', {
        headers: auth(),
        json: { url, events: ['conversation.started', 'message.received', 'escalation.requested', 'takeover.started'] },
      });
      const session_id = `contract-hook-${Date.now()}`;
      await t.client.call('post', '/asyntai/api/v1/chat/', {
        headers: auth(),
        json: { message: 'I want to talk to a human', session_id },
      });
      await t.admin!('POST', `/asyntai/sessions/${session_id}/takeover`, { api_key: contractEnv.ASYNTAI_API_KEY });
      await receiver.waitFor(4);
      const validator = await responseValidator();
      expect(received.map((r) => JSON.parse(r.raw).event).sort()).toEqual([
        'conversation.started',
        'escalation.requested',
        'message.received',
        'takeover.started',
      ]);
      for (const r of received) {
        expect(r.headers['x-webhook-signature']).toBe(
          createHmac('sha256', created.body.webhook.secret).update(r.raw).digest('hex'),
        );
        expect(validator.checkSchema('AsyntaiWebhookPayload', JSON.parse(r.raw))).toEqual([]);
      }
      await t.client.call('delete', '/asyntai/api/v1/webhooks/{id}/', {
        headers: auth(),
        params: { id: created.body.webhook.id },
      });
    } finally {
      await receiver.stop();
    }
  });

  mockOnly('429 for an upload that would pass the daily character limit, and nothing stored', async () => {
    await t.admin!('POST', '/reset');
    const { plan } = (await t.client.call('get', '/asyntai/api/v1/account/', { headers: auth() })).body.account;
    const cap = await specLimit('asyntai', 'daily-upload-characters', plan);
    const before = (await t.client.call('get', '/asyntai/api/v1/knowledge/', { headers: auth() })).body.entries.length;
    expect(
      (
        await t.client.call('post', '/asyntai/api/v1/knowledge/text/', {
          headers: auth(),
          json: { title: 'too much', content: 'x'.repeat(cap + 1) },
        })
      ).status,
    ).toBe(429);
    expect((await t.client.call('get', '/asyntai/api/v1/knowledge/', { headers: auth() })).body.entries.length).toBe(
      before,
    );
  });
});
