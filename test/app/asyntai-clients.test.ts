import { afterEach, describe, expect, it } from 'vitest';
import { WebhookReceiver } from '../../contracts/support/webhook-receiver.js';
import { DEMO, bearer, createTestMock, type TestMock, ownVisits } from '../support/mock.js';

/**
 * Asyntai's public automation clients (client-facts Part B), call by call: the dify
 * plugin's acceptance script and the n8n node and trigger. And the reference's own
 * examples, reproduced from fixtures.
 */
const key = bearer(DEMO.asyntai.starter);
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.stop();
  receiver = undefined;
});

const pages = { 'https://shop.example.com/shipping': '<title>Shipping</title><p>We ship in 2 days.</p>' };

describe('the dify plugin, as its test_plugin.py drives it', () => {
  it('checks the key, lists websites, adds a note and a page, reads leads, a chat, and asks', async () => {
    const mock = await createTestMock({ fixtures: { pages }, offline: true });
    expect((await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: key })).status).toBe(200);
    expect((await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: bearer('wrong') })).status).toBe(401);
    const sites = (await mock.asyntai.call('get', '/asyntai/api/v1/websites/', { headers: key })).body.websites;
    const primary = sites.find((w: { is_primary: boolean }) => w.is_primary);
    expect(primary).toBeDefined();
    const note = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: key,
      json: {
        title: 'Gift cards',
        content: 'Gift cards never expire and work online.',
        website_id: String(primary.id),
      },
    });
    expect(note.body.id).toEqual(expect.any(String));
    const page = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', {
      headers: key,
      json: { url: 'https://shop.example.com/shipping' },
    });
    expect(page.body).toMatchObject({ title: 'Shipping', chunks_created: expect.any(Number) });

    // A visitor leaves an email; the plugin lists leads since a date, then reads that chat.
    mock.app.runtime.clock.set('2026-09-02T08:00:00Z');
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: key,
      json: { message: 'Do gift cards expire? Mail me at ana@example.com', session_id: 'visitor-1' },
    });
    const leads = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', {
      headers: key,
      query: { limit: 20, since: '2026-09-01' },
    });
    expect(leads.body.leads).toEqual([
      {
        session_id: 'visitor-1',
        email: 'ana@example.com',
        phone: null,
        page_url: null,
        started_at: '2026-09-02T08:00:00Z',
      },
    ]);
    const none = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', {
      headers: key,
      query: { email: 'nobody@example.com' },
    });
    expect(none.body.leads).toEqual([]);
    const chat = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: key,
      query: { session_id: leads.body.leads[0].session_id, limit: 6 },
    });
    expect(chat.body.messages).toEqual([
      { role: 'user', content: expect.stringContaining('gift cards'), timestamp: '2026-09-02T08:00:00Z' },
      { role: 'assistant', content: expect.stringMatching(/never expire/), timestamp: '2026-09-02T08:00:01Z' },
    ]);

    // Asked with no session_id, the answer still names one, with the disclosure on a first reply.
    const asked = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: key,
      json: { message: 'What are your business hours?' },
    });
    expect(asked.body).toMatchObject({
      session_id: expect.stringMatching(/^session_/),
      ai_disclosure: expect.any(String),
    });
    expect(asked.body.response.length).toBeGreaterThan(40);
  });
});

describe('the n8n node and trigger', () => {
  it('sends "" for unset fields; a trigger activates by url: find, create with an id, deliver, delete', async () => {
    const mock = await createTestMock();
    const chat = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: key,
      json: { message: 'hello', session_id: '', website_id: '' } as never,
    });
    expect(chat.body.session_id).toMatch(/^session_/);
    expect(
      ownVisits((await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: key })).body.sessions),
    ).toHaveLength(1);
    const knowledge = await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', {
      headers: key,
      query: { website_id: '', limit: 50 },
    });
    expect(knowledge.status).toBe(200);

    receiver = await new WebhookReceiver().start();
    const url = receiver.url.replace(/hook$/, 'webhook');
    const existing = (await mock.asyntai.call('get', '/asyntai/api/v1/webhooks/', { headers: key })).body.webhooks;
    expect(existing.find((w: { url: string }) => w.url === url)).toBeUndefined();
    const created = await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
      headers: key,
      json: { url, events: ['message.received'] },
    });
    const id = created.body.webhook.id;
    // Activated again, the trigger finds its webhook by the exact url and creates none.
    const listed = (await mock.asyntai.call('get', '/asyntai/api/v1/webhooks/', { headers: key })).body.webhooks;
    expect(listed.filter((w: { url: string }) => w.url === url).map((w: { id: string }) => w.id)).toEqual([id]);
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: key, json: { message: 'Are you open?' } });
    await receiver.waitFor(1);
    expect(receiver.received[0].body).toMatchObject({ event: 'message.received', data: { message: 'Are you open?' } });
    const deleted = await mock.asyntai.call('delete', '/asyntai/api/v1/webhooks/{id}/', {
      headers: key,
      params: { id },
    });
    expect(deleted.status).toBe(200);
  });
});

describe("the reference's own examples, from fixtures", () => {
  async function seeded(): Promise<TestMock> {
    return createTestMock({
      fixtures: {
        asyntai: {
          accounts: [
            {
              api_key: DEMO.asyntai.starter,
              plan: 'starter',
              websites: [{ id: 1, domain: 'example.com' }],
              sessions: [
                {
                  session_id: 'session_abc123def',
                  source: 'widget',
                  page_url: 'https://example.com/pricing',
                  started_at: '2024-01-15T10:30:00Z',
                  // The reference's placeholder number is no real one: declared, not read from the chat.
                  lead: { email: 'visitor@example.com', phone: '+1234567890' },
                  messages: [
                    { role: 'user', content: 'What are your business hours?' },
                    { role: 'assistant', content: 'Monday-Friday, 9 AM to 5 PM EST.' },
                    { role: 'user', content: 'Reach me at visitor@example.com' },
                    { role: 'assistant', content: 'Thanks, we will be in touch.' },
                    { role: 'user', content: 'Bye', timestamp: '2024-01-15T10:35:00Z' },
                  ],
                },
                {
                  session_id: 'user_123',
                  source: 'api',
                  started_at: '2024-01-15T10:30:00Z',
                  messages: [
                    { role: 'user', content: 'What are your business hours?' },
                    { role: 'assistant', content: 'Our business hours are Monday-Friday, 9 AM to 5 PM EST.' },
                  ],
                },
              ],
            },
          ],
        },
      },
    });
  }

  it('answers /sessions/, /leads/ and /conversations/ as the reference shows them', async () => {
    const mock = await seeded();
    const sessions = await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', {
      headers: key,
      query: { source: 'widget' },
    });
    expect(sessions.body.sessions).toEqual([
      {
        session_id: 'session_abc123def',
        source: 'widget',
        message_count: 5,
        first_message: 'What are your business hours?',
        first_message_at: '2024-01-15T10:30:00Z',
        last_message_at: '2024-01-15T10:35:00Z',
        website_domain: 'example.com',
      },
    ]);
    const leads = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: key });
    expect(leads.body.leads).toEqual([
      {
        session_id: 'session_abc123def',
        email: 'visitor@example.com',
        phone: '+1234567890',
        page_url: 'https://example.com/pricing',
        started_at: '2024-01-15T10:30:00Z',
      },
    ]);
    const convo = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: key,
      query: { session_id: 'user_123', limit: 20 },
    });
    expect(convo.body).toEqual({
      success: true,
      session_id: 'user_123',
      messages: [
        { role: 'user', content: 'What are your business hours?', timestamp: '2024-01-15T10:30:00Z' },
        {
          role: 'assistant',
          content: 'Our business hours are Monday-Friday, 9 AM to 5 PM EST.',
          timestamp: '2024-01-15T10:30:01Z',
        },
      ],
    });
  });

  it('refuses a fixtures session that names another website or runs time backwards, naming it', async () => {
    const bad = (session: Record<string, unknown>) =>
      createTestMock({
        fixtures: {
          asyntai: {
            accounts: [
              {
                api_key: 'k',
                plan: 'starter',
                websites: [{ id: 901, domain: 'example.com' }],
                sessions: [session as never],
              },
            ],
          },
        },
      });
    await expect(bad({ website_id: 9, messages: [{ role: 'user', content: 'hi' }] })).rejects.toThrow(
      'fixtures: asyntai k sessions[0].website_id: 9 is not a website of k',
    );
    await expect(
      bad({
        started_at: '2024-01-15T10:30:00Z',
        messages: [{ role: 'user', content: 'hi', timestamp: '2024-01-15T10:00:00Z' }],
      }),
    ).rejects.toThrow(/sessions\[0\]\.messages\[0\]\.timestamp: .* is earlier/);
  });
});

describe('visitors arriving through admin', () => {
  it('from WhatsApp with a lead: listed by source, the lead with its page, conversation.started sent', async () => {
    const mock = await createTestMock();
    receiver = await new WebhookReceiver().start();
    await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
      headers: key,
      json: { url: receiver.url, events: ['conversation.started'] },
    });
    const arrived = await mock.admin('POST', `/asyntai/accounts/${DEMO.asyntai.starter}/sessions`, {
      source: 'whatsapp',
      page_url: 'https://shop.example.com/cart',
      messages: [
        { role: 'user', content: 'Is my order shipped? My number is +46701234567' },
        { role: 'assistant', content: 'Let me check that for you.' },
      ],
    });
    expect(arrived).toMatchObject({
      status: 201,
      body: {
        source: 'whatsapp',
        message_count: 2,
        started_at: '2025-06-02T09:00:00Z',
        last_message_at: '2025-06-02T09:00:01Z',
        lead: { email: null, phone: '+46701234567' },
      },
    });
    const listed = await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', {
      headers: key,
      query: { source: 'whatsapp' },
    });
    expect(listed.body.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([arrived.body.session_id]);
    const leads = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: key });
    expect(leads.body.leads[0]).toMatchObject({ phone: '+46701234567', page_url: 'https://shop.example.com/cart' });
    await receiver.waitFor(1);
    expect(receiver.received[0].body.data).toMatchObject({ session_id: arrived.body.session_id, source: 'whatsapp' });

    const again = await mock.admin('POST', `/asyntai/accounts/${DEMO.asyntai.starter}/sessions`, {
      session_id: arrived.body.session_id,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(again.status).toBe(409);
    const badSource = await mock.admin('POST', `/asyntai/accounts/${DEMO.asyntai.starter}/sessions`, {
      source: 'telegram',
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(badSource).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^source: /) } });
    const otherSite = await mock.admin('POST', `/asyntai/accounts/${DEMO.asyntai.starter}/sessions`, {
      website_id: 30,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(otherSite.status).toBe(400);
  });
});
