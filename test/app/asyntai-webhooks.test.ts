import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { responseValidator } from '../../contracts/support/asserting-spec-client.js';
import { WebhookReceiver } from '../../contracts/support/webhook-receiver.js';
import { PHRASES } from '../../src/services/replies/phrases.js';
import { HUMAN_ACTIVE } from '../../src/vendors/asyntai/routes.js';
import { DEMO, bearer, createTestMock, type TestMock } from '../support/mock.js';

const starter = bearer(DEMO.asyntai.starter);
let mock: TestMock;
let receiver: WebhookReceiver;

beforeEach(async () => {
  mock = await createTestMock({ webhooks: { timeoutMs: 300 } });
  receiver = await new WebhookReceiver().start();
});
afterEach(async () => {
  // Every delivery any test received must match the spec's AsyntaiWebhookPayload.
  const validator = await responseValidator();
  for (const r of receiver.received) expect(validator.checkSchema('AsyntaiWebhookPayload', r.body)).toEqual([]);
  await receiver.stop();
});

async function subscribe(events: string[], website_id?: number) {
  const res = await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
    headers: starter,
    json: { url: receiver.url, events: events as never, ...(website_id ? { website_id } : {}) },
  });
  expect(res.status).toBe(200);
  return res.body.webhook as { id: string; secret: string };
}

const chat = (message: string, session_id = 's1', website_id?: number) =>
  mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
    headers: starter,
    json: { message, session_id, ...(website_id ? { website_id } : {}) },
  });

const settle = () => mock.app.runtime.webhooks.idle();

describe('asyntai webhook deliveries', () => {
  it('POSTs {event, timestamp, website_id, data} signed: lowercase hex HMAC-SHA256 of the exact bytes', async () => {
    const hook = await subscribe(['conversation.started', 'message.received']);
    await chat('What is your return policy?');
    await settle();
    // Deliveries go out concurrently: arrival order is not promised (docs/fidelity.md).
    receiver.received.sort((a, b) => a.body.event.localeCompare(b.body.event));
    expect(receiver.received.map((r) => r.body.event)).toEqual(['conversation.started', 'message.received']);
    for (const r of receiver.received) {
      const expected = createHmac('sha256', hook.secret).update(r.raw).digest('hex');
      expect(r.headers['x-webhook-signature']).toBe(expected);
      expect(r.headers['x-webhook-event']).toBe(r.body.event);
      expect(r.headers['x-webhook-delivery']).toMatch(/^dlv_[0-9a-f]{24}$/);
      expect(r.headers['x-webhook-timestamp']).toBe(String(Date.parse(mock.app.runtime.clock.iso()) / 1000));
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.body).toMatchObject({ timestamp: mock.app.runtime.clock.iso().replace('.000Z', 'Z'), website_id: 1 });
    }
    expect(receiver.received[0].body.data).toMatchObject({
      session_id: 's1',
      source: 'api',
      first_message: 'What is your return policy?',
    });
    expect(receiver.received[1].body.data).toMatchObject({
      session_id: 's1',
      message: 'What is your return policy?',
      handled_by: 'ai',
    });
    expect(receiver.received[1].body.data.response).toMatch(/30-day return policy/);
    // Re-serialising the parsed body changes the bytes (key order, spacing), and with them the signature.
    expect(
      createHmac('sha256', hook.secret)
        .update(JSON.stringify(receiver.received[0].body, null, 1))
        .digest('hex'),
    ).not.toBe(receiver.received[0].headers['x-webhook-signature']);
  });

  it('raises conversation.started once per session and message.received on every exchange', async () => {
    await subscribe(['conversation.started', 'message.received']);
    await chat('hi');
    await chat('thanks');
    await chat('hello', 's2');
    await settle();
    expect(receiver.received.map((r) => `${r.body.event}:${r.body.data.session_id}`).sort()).toEqual([
      'conversation.started:s1',
      'conversation.started:s2',
      'message.received:s1',
      'message.received:s1',
      'message.received:s2',
    ]);
  });

  it.each([
    ['en', 'Can I talk to a human please?'],
    ['zh', '我要找真人客服'],
    ['ko', '상담원 연결해 주세요'],
    ['ja', 'オペレーターと話したいです'],
    ['sv', 'Jag vill prata med en människa'],
  ] as const)('hands off and raises escalation.requested for a request for a human (%s)', async (lang, message) => {
    await subscribe(['escalation.requested']);
    const res = await chat(message);
    expect(res.body.response).toBe(PHRASES.handoff[lang]);
    await settle();
    expect(receiver.received.map((r) => r.body.event)).toEqual(['escalation.requested']);
    expect(receiver.received[0].body.data).toMatchObject({
      session_id: 's1',
      message,
      reason: 'visitor_requested_human',
    });
  });

  it('raises takeover.started from the admin takeover; /chat/ then keeps the message, the AI silent', async () => {
    await subscribe(['takeover.started', 'message.received']);
    await chat('hello');
    await settle();
    const takeover = await mock.admin('POST', '/asyntai/sessions/s1/takeover', { agent: 'Mia' });
    expect(takeover.body).toEqual({ session_id: 's1', taken_over_by: 'Mia' });
    await settle();
    const used = (await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter })).body.account
      .messages_used;
    const after = await chat('are you a person?');
    expect(after.body).toMatchObject({ success: true, response: HUMAN_ACTIVE, session_id: 's1' });
    const convo = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: starter,
      query: { session_id: 's1' },
    });
    expect(convo.body.messages.map((m: any) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter })).body.account.messages_used,
    ).toBe(used);
    await settle();
    expect(receiver.received.map((r) => r.body.event)).toEqual([
      'message.received',
      'takeover.started',
      'message.received',
    ]);
    expect(receiver.received[1].body.data).toMatchObject({ session_id: 's1', agent: 'Mia' });
    expect(receiver.received[2].body.data.handled_by).toBe('human');
  });

  it('404s a takeover of an unknown session', async () => {
    expect((await mock.admin('POST', '/asyntai/sessions/nope/takeover', {})).status).toBe(404);
  });

  it('retries a non-2xx answer with exponential backoff on the mock clock, keeping the delivery id', async () => {
    await subscribe(['message.received']);
    receiver.respond = (n) => (n < 3 ? 500 : 204);
    await chat('hello');
    await settle();
    expect(receiver.received).toHaveLength(1);
    let [delivery] = (await mock.admin('GET', '/webhooks/deliveries')).body.deliveries;
    expect(delivery).toMatchObject({
      state: 'pending',
      attempts: 1,
      last_status: 500,
      next_attempt_at: '2025-06-02T09:00:01.000Z',
    });
    mock.app.runtime.clock.advance(0.5);
    await settle();
    expect(receiver.received).toHaveLength(1);
    mock.app.runtime.clock.advance(0.5);
    await settle();
    expect(receiver.received).toHaveLength(2);
    mock.app.runtime.clock.advance(2);
    await settle();
    expect(receiver.received.map((r) => r.headers['x-webhook-attempt'])).toEqual(['1', '2', '3']);
    expect(new Set(receiver.received.map((r) => r.headers['x-webhook-delivery'])).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.headers['x-webhook-signature'])).size).toBe(1);
    [delivery] = (await mock.admin('GET', '/webhooks/deliveries')).body.deliveries;
    expect(delivery).toMatchObject({
      state: 'delivered',
      attempts: 3,
      last_status: 204,
      event: 'message.received',
      payload: { event: 'message.received' },
    });
  });

  it('gives up after the last attempt', async () => {
    await subscribe(['message.received']);
    receiver.respond = () => 503;
    await chat('hello');
    for (let i = 0; i < 6; i++) {
      await settle();
      mock.app.runtime.clock.advance(60);
    }
    await settle();
    expect(receiver.received).toHaveLength(5);
    expect((await mock.admin('GET', '/webhooks/deliveries')).body.deliveries[0]).toMatchObject({
      state: 'failed',
      attempts: 5,
      last_status: 503,
      next_attempt_at: null,
    });
  });

  it('does not block /chat/ on a receiver that hangs, and retries after the timeout', async () => {
    await subscribe(['message.received']);
    receiver.respond = (n) => (n === 1 ? null : 200);
    const res = await chat('hello');
    expect(res.status).toBe(200);
    expect((await mock.admin('GET', '/webhooks/deliveries')).body.deliveries[0]).toMatchObject({
      state: 'pending',
      attempts: 1,
      last_status: null,
    });
    await settle();
    expect((await mock.admin('GET', '/webhooks/deliveries')).body.deliveries[0].last_error).toMatch(
      /timed out after 300 ms/,
    );
    mock.app.runtime.clock.advance(1);
    await settle();
    expect((await mock.admin('GET', '/webhooks/deliveries')).body.deliveries[0]).toMatchObject({
      state: 'delivered',
      attempts: 2,
    });
  });

  it('stops deliveries, pending retries included, when the webhook is deleted', async () => {
    const hook = await subscribe(['message.received']);
    receiver.respond = () => 500;
    await chat('hello');
    await settle();
    await mock.asyntai.call('delete', '/asyntai/api/v1/webhooks/{id}/', { headers: starter, params: { id: hook.id } });
    mock.app.runtime.clock.advance(60);
    await chat('again');
    await settle();
    expect(receiver.received).toHaveLength(1);
    expect((await mock.admin('GET', '/webhooks/deliveries')).body.deliveries[0].state).toBe('cancelled');
  });

  it("delivers only the events of the webhook's website (the primary one by default)", async () => {
    await subscribe(['message.received'], 2);
    await subscribe(['conversation.started']);
    await chat('on the primary', 'p', 1);
    await settle();
    await chat('on the second', 'q', 2);
    await settle();
    expect(receiver.received.map((r) => [r.body.event, r.body.website_id, r.body.data.session_id])).toEqual([
      ['conversation.started', 1, 'p'],
      ['message.received', 2, 'q'],
    ]);
  });

  it('keeps a bounded delivery log', async () => {
    const small = await createTestMock({ webhooks: { logSize: 2 } });
    await small.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
      headers: starter,
      json: { url: receiver.url, events: ['message.received'] },
    });
    for (let i = 0; i < 4; i++)
      await small.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message: `m${i}` } });
    await small.app.runtime.webhooks.idle();
    expect((await small.admin('GET', '/webhooks/deliveries')).body.deliveries).toHaveLength(2);
    expect(receiver.received).toHaveLength(4);
  });

  it('never drops a pending delivery unseen: past the bound the oldest fails with a reason, counted', async () => {
    const small = await createTestMock({ webhooks: { logSize: 3, timeoutMs: 300 } });
    await small.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
      headers: starter,
      json: { url: 'http://127.0.0.1:9/down', events: ['message.received'] },
    });
    for (let i = 0; i < 5; i++)
      await small.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message: `m${i}` } });
    await small.app.runtime.webhooks.idle();
    const { deliveries, failed_for_capacity } = (await small.admin('GET', '/webhooks/deliveries')).body;
    expect(failed_for_capacity).toBe(2);
    expect(deliveries.map((d: any) => [d.payload.data.message, d.state])).toEqual([
      ['m4', 'pending'],
      ['m3', 'pending'],
      ['m2', 'pending'],
      ['m1', 'failed'],
      ['m0', 'failed'],
    ]);
    expect(deliveries[4].last_error).toBe('given up: more than 3 deliveries outstanding');
    // The survivors keep retrying on the mock clock.
    small.app.runtime.clock.advance(1);
    await small.app.runtime.webhooks.idle();
    const after = (await small.admin('GET', '/webhooks/deliveries')).body.deliveries;
    expect(after.filter((d: any) => d.state === 'pending').map((d: any) => d.attempts)).toEqual([2, 2, 2]);
  });
});
