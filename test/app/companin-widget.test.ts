import { SignJWT } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO, companinKeys, createTestMock, type TestMock } from '../support/mock.js';

/**
 * The Companin chat and docs widgets' flows, call by call as shared/client-facts.md
 * Part A describes them: the host page's origin in X-Embed-Origin, the widget JWT,
 * `agent_id`, `temp-<ms>` Idempotency-Keys, SSE read event by event.
 */
const HOST = 'https://example.com';
const WIDGET_HOST = 'http://localhost:3000';
const agentId = DEMO.companin.assistantId;
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

/** The widget in its iframe: its own Origin, the host page in X-Embed-Origin, the loader's version. */
async function widget(options: { userToken?: string; host?: string } = {}) {
  const host = options.host ?? HOST;
  const minted = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
    headers: { origin: WIDGET_HOST, 'x-embed-origin': host },
    json: { client_id: DEMO.companin.clientId, ...(options.userToken ? { user_token: options.userToken } : {}) },
  });
  expect(minted.status).toBe(200);
  const headers = {
    authorization: `Bearer ${minted.body.token}`,
    origin: WIDGET_HOST,
    'x-embed-origin': host,
    'x-widget-loader-version': '2.4.0',
  };
  return { token: minted.body.token as string, headers };
}

async function openSession(headers: Record<string, string>, extra: Record<string, unknown> = {}) {
  const res = await mock.companin.call('post', '/companin/api/v1/sessions/', {
    headers,
    json: {
      agent_id: agentId,
      visitor_id: 'widget-5b2c8e1f-0000-4000-8000-000000000001',
      locale: 'en',
      widget_config_id: DEMO.companin.chatConfigId,
      ...extra,
    },
  });
  expect(res.status).toBe(201);
  return res.body.data as { session_id: string; expires_at: string };
}

const messages = async (headers: Record<string, string>, sid: string) =>
  (
    await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
      headers,
      params: { session_id: sid },
    })
  ).body.data.messages as { id: string; content: string; sender: string; metadata: Record<string, unknown> }[];

describe('companin widget start-up', () => {
  it('resolves an install key, mints a token, loads the agent and its config, as the chat widget does', async () => {
    // Server side, no headers at all; camelCase ids.
    const resolved = await mock.companin.call('get', '/companin/api/v1/embed/resolve', {
      query: { key: DEMO.companin.installKey },
    });
    expect(resolved.body.data).toEqual({
      clientId: DEMO.companin.clientId,
      agentId,
      configId: DEMO.companin.chatConfigId,
      locale: 'en',
    });
    // The README's form: the config's own id works as a key too.
    const byId = await mock.companin.call('get', '/companin/api/v1/embed/resolve', {
      query: { key: DEMO.companin.chatConfigId },
    });
    expect(byId.body.data.configId).toBe(DEMO.companin.chatConfigId);
    const unknown = await mock.companin.call('get', '/companin/api/v1/embed/resolve', { query: { key: 'wgt_nope' } });
    expect(unknown.status).toBe(404);

    const { headers } = await widget();
    const agent = await mock.companin.call('get', '/companin/api/v1/agents/{agent_id}', {
      headers,
      params: { agent_id: agentId },
    });
    expect(agent.body).toMatchObject({ status: 'success', data: { id: agentId, name: 'Customer Support Bot' } });
    const config = await mock.companin.call('get', '/companin/widget-config/{config_id}/public/', {
      headers,
      params: { config_id: DEMO.companin.chatConfigId },
      query: { visitor_id: 'widget-5b2c8e1f-0000-4000-8000-000000000001' },
    });
    // What the widget's validator throws without (lib/validateConfig.ts), and what opens hand-off.
    expect(config.body.data).toMatchObject({
      id: DEMO.companin.chatConfigId,
      widget_type: 'chat',
      primary_color: expect.stringMatching(/^#/),
      background_color: expect.stringMatching(/^#/),
      text_color: expect.stringMatching(/^#/),
      support_tickets_enabled: true,
      greeting_message: { text: { en: 'Hi! How can we help?' } },
    });

    const docs = await mock.companin.call('get', '/companin/widget-config/{config_id}/public/', {
      headers,
      params: { config_id: DEMO.companin.docsConfigId },
      query: { visitor_id: 'docs-widget-1' },
    });
    expect(docs.body.data.widget_type).toBe('docs');
    for (const chatOnly of ['start_open', 'greeting_message', 'show_timestamps', 'show_unread_badge'])
      expect(docs.body.data).not.toHaveProperty(chatOnly);
  });

  it('takes UI translations and telemetry with no credentials; telemetry with a token must be valid', async () => {
    const translated = await mock.companin.call('post', '/companin/api/v1/widget/ui-translations', {
      json: { locale: 'ja', version: 'a1b2', strings: { send: 'Send', minutes: { one: '1 minute', other: '# min' } } },
    });
    expect(translated.body).toEqual({
      status: 'success',
      data: { locale: 'ja', version: 'a1b2', strings: { send: 'Send', minutes: { one: '1 minute', other: '# min' } } },
    });
    const load = await mock.companin.call('post', '/companin/telemetry/events/', {
      headers: { origin: WIDGET_HOST, 'x-embed-origin': HOST },
      json: { event_type: 'widget_load', agent: agentId, user_id: 'widget-1', metadata: { widget_config_id: 'c' } },
    });
    expect(load.status).toBe(201);
    const { headers } = await widget();
    const sent = await mock.companin.call('post', '/companin/telemetry/events/', {
      headers,
      json: { event_type: 'message_sent', agent: agentId, user_id: 'widget-1', metadata: { message: 'hi' } },
    });
    expect(sent.status).toBe(201);
    const forged = await mock.companin.call('post', '/companin/telemetry/events/', {
      headers: { ...headers, authorization: 'Bearer not.a.token' },
      json: { event_type: 'message_sent', agent: agentId, user_id: 'widget-1' },
    });
    expect(forged.status).toBe(401);
    const stranger = await mock.companin.call('post', '/companin/telemetry/events/', {
      json: { event_type: 'widget_load', agent: 'no-such-agent', user_id: 'widget-1' },
    });
    expect(stranger.status).toBe(404);
    const activity = await mock.admin('GET', `/companin/organisations/${DEMO.companin.clientId}/widget-activity`);
    expect(activity.body.telemetry.map((e: { event_type: string; authenticated: boolean }) => e)).toMatchObject([
      { event_type: 'message_sent', authenticated: true },
      { event_type: 'widget_load', authenticated: false, metadata: { widget_config_id: 'c' } },
    ]);
  });

  it('answers the widget server health probe', async () => {
    expect((await mock.companin.call('get', '/companin/api/health')).body).toEqual({ status: 'ok' });
  });

  it('mints a distinct token each time, so the widget re-posts after a 401', async () => {
    const a = await widget();
    const b = await widget();
    expect(a.token).not.toBe(b.token);
  });

  it('assigns a config variant from visitor_id, the same each time; forcing one takes API keys', async () => {
    const variants = await createTestMock({
      fixtures: {
        companin: {
          organisations: [
            {
              client_id: DEMO.companin.clientId,
              client_secret: DEMO.companin.clientSecret,
              allowed_origins: [HOST],
              assistants: [{ id: agentId, name: 'Bot' }],
              widget_configs: [
                {
                  id: 'cfg-ab',
                  primary_color: '#111111',
                  variants: [
                    { id: 'v-green', name: 'Green', overrides: { primary_color: '#00aa00' } },
                    { id: 'v-red', name: 'Red', overrides: { primary_color: '#aa0000' } },
                  ],
                },
              ],
            },
          ],
        },
      },
    });
    mock = variants;
    const { headers } = await widget();
    const seen = new Map<string | null, string>();
    for (let i = 0; i < 30; i++) {
      const visitor_id = `widget-${i}`;
      const get = () =>
        mock.companin.call('get', '/companin/widget-config/{config_id}/public/', {
          headers,
          params: { config_id: 'cfg-ab' },
          query: { visitor_id, force_variant_id: 'v-red' },
        });
      const first = (await get()).body.data;
      expect((await get()).body.data).toEqual(first);
      expect(first.ab_test_enabled).toBe(true);
      seen.set(first.variant_id, first.primary_color);
    }
    // Control and both variants occur among 30 visitors; a visitor token cannot force one.
    expect(Object.fromEntries(seen)).toEqual({ null: '#111111', 'v-green': '#00aa00', 'v-red': '#aa0000' });
    const forced = await mock.companin.call('get', '/companin/widget-config/{config_id}/public/', {
      headers: companinKeys,
      params: { config_id: 'cfg-ab' },
      query: { visitor_id: 'widget-0', force_variant_id: 'v-green' },
    });
    expect(forced.body.data).toMatchObject({ variant_id: 'v-green', variant_name: 'Green', primary_color: '#00aa00' });
  });
});

describe('companin widget chat', () => {
  it('opens a session, keeps it alive with heartbeats, and restores it with PATCH merging metadata', async () => {
    const { headers } = await widget();
    const session = await openSession(headers, { metadata: { is_ab_control: true, widget_config_id: 'c' } });
    expect(await messages(headers, session.session_id)).toEqual([]);
    mock.app.runtime.clock.advance(1800);
    const beat = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/heartbeat', {
      headers,
      params: { session_id: session.session_id },
    });
    expect(Date.parse(beat.body.data.expires_at) - Date.parse(session.expires_at)).toBe(1800_000);
    expect(beat.body.data.last_seen_at).toBe(mock.app.runtime.clock.iso());
    const patch = () =>
      mock.companin.call('patch', '/companin/api/v1/sessions/{session_id}', {
        headers,
        params: { session_id: session.session_id },
        json: { metadata: { variant_id: 'b1', variant_name: 'Blue' } },
      });
    const once = await patch();
    expect(await patch()).toMatchObject({ status: 200, body: once.body });
    expect(once.body.data.metadata).toEqual({
      is_ab_control: true,
      widget_config_id: 'c',
      variant_id: 'b1',
      variant_name: 'Blue',
    });
    // The restore path's bare retry, with no headers at all, is refused.
    const bare = await mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
      params: { session_id: session.session_id },
    });
    expect(bare.status).toBe(401);
  });

  it('streams a reply token by token, then done with the session, and closes; greeting stored first', async () => {
    const { headers } = await widget();
    const { session_id } = await openSession(headers);
    const stream = await mock.companin.stream('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: { ...headers, 'idempotency-key': 'temp-1732300000000' },
      params: { session_id },
      json: { content: 'What are your business hours?', locale: 'en', page_context: { url: `${HOST}/cart` } },
    });
    const first = await stream.next();
    expect(first).toEqual({ type: 'token', text: 'We ' });
    // Generation follows reading: the reply is not stored until it has been written out.
    expect((await messages(headers, session_id)).map((m) => m.sender)).toEqual(['assistant', 'user']);
    const rest = await stream.rest();
    const done = rest.at(-1)!;
    expect(done.type).toBe('done');
    const text = [first!, ...rest.slice(0, -1)].map((e) => e.text).join('');
    expect(text).toBe('We are open Monday to Friday, 9 AM to 6 PM EST. [1]');
    expect(done.data).toMatchObject({
      session_id,
      conversation_id: session_id,
      expires_at: expect.any(String),
      assistant_message: {
        content: text,
        sources: [{ type: 'qa', title: 'What are your business hours?', url: null }],
        metadata: { assistant_unsure: false },
      },
    });
    // LF LF framing, one data line per event, nothing after done.
    expect(stream.raw).not.toContain('\r');
    expect(stream.raw.endsWith('\n\n')).toBe(true);
    expect(stream.raw.split('\n\n').filter(Boolean)).toHaveLength(rest.length + 1);
    const history = await messages(headers, session_id);
    expect(history[0]).toMatchObject({ id: expect.stringMatching(/^greeting-/), metadata: { is_greeting: true } });
    expect(history.map((m) => m.content).slice(1)).toEqual(['What are your business hours?', text]);
  });

  it('stops mid-stream: 409 while the first runs, then what was said is kept and replayed by key', async () => {
    const { headers } = await widget();
    const { session_id } = await openSession(headers);
    const key = { ...headers, 'idempotency-key': 'temp-1732300000001' };
    const body = { content: 'What are your business hours?', locale: 'en' };
    const stream = await mock.companin.stream('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: key,
      params: { session_id },
      json: body,
    });
    expect([await stream.next(), await stream.next()]).toEqual([
      { type: 'token', text: 'We ' },
      { type: 'token', text: 'are ' },
    ]);
    const busy = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: key,
      params: { session_id },
      json: body,
    });
    expect([busy.status, busy.body.detail]).toEqual([409, 'A request with this Idempotency-Key is still in progress']);
    await stream.cancel();
    const kept = await messages(headers, session_id);
    expect(kept.at(-1)).toMatchObject({ sender: 'assistant', content: 'We are ', metadata: { stopped: true } });
    // The widget turns the abort into a retry with the same key: the committed turn comes back.
    const retry = await mock.companin.stream('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: key,
      params: { session_id },
      json: body,
    });
    const replayed = (await retry.rest()).at(-1)!;
    expect(replayed.data.assistant_message).toMatchObject({ id: kept.at(-1)!.id, content: 'We are ' });
    expect(await messages(headers, session_id)).toHaveLength(kept.length);
  });

  it('answers 410 after expiry; the same key re-sent into a re-created session is a new message', async () => {
    const { headers } = await widget();
    const old = await openSession(headers);
    const send = (h: Record<string, string>, session_id: string) =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers: { ...h, 'idempotency-key': 'temp-1732300000002' },
        params: { session_id },
        json: { content: 'Hello', locale: 'en' },
      });
    const sent = await send(headers, old.session_id);
    // Each message extends the session a full day.
    expect(sent.body.data.expires_at).toBe(new Date(mock.app.runtime.clock.nowMs() + 86_400_000).toISOString());
    mock.app.runtime.clock.advance(86_400);
    // The widget refreshes its token before the hour is out, so the session's own expiry is what it meets.
    const fresh = await widget();
    const gone = await send(fresh.headers, old.session_id);
    expect([gone.status, gone.body.detail]).toEqual([410, 'Session expired']);
    const renewed = await openSession(fresh.headers);
    const again = await send(fresh.headers, renewed.session_id);
    expect(again.status).toBe(200);
    expect(again.body.data.session_id).toBe(renewed.session_id);
    expect(again.body.data.user_message.id).not.toBe(sent.body.data.user_message.id);
    // With the old, expired token the answer is 401, which the widget also treats as "start over".
    expect((await send(headers, renewed.session_id)).status).toBe(401);
  });

  it('stores scripted lines without a reply; a bot line needs skip_ai_response', async () => {
    const { headers } = await widget();
    const { session_id } = await openSession(headers);
    const post = (json: Record<string, unknown>) =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers,
        params: { session_id },
        json: json as { content: string },
      });
    const label = await post({ content: 'Opening hours', locale: 'en', skip_ai_response: true });
    expect(label.body.data).toMatchObject({ message: { sender: 'user', content: 'Opening hours' }, session_id });
    const line = await post({ content: 'We open at 9.', locale: 'en', sender: 'assistant', skip_ai_response: true });
    expect(line.body.data.message).toMatchObject({ sender: 'assistant', content: 'We open at 9.' });
    const refused = await post({ content: 'I am the bot', sender: 'assistant' });
    expect(refused.status).toBe(422);
    expect((await messages(headers, session_id)).map((m) => [m.sender, m.content])).toEqual([
      ['assistant', 'Hi! How can we help?'],
      ['user', 'Opening hours'],
      ['assistant', 'We open at 9.'],
    ]);
  });

  it('hands off: handoff metadata on a request for a person, then a support ticket admin can read', async () => {
    const { headers } = await widget();
    const { session_id } = await openSession(headers);
    const turn = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers,
      params: { session_id },
      json: { content: 'I want to talk to a human', locale: 'en' },
    });
    expect(turn.body.data.assistant_message.metadata).toEqual({ assistant_unsure: false, handoff: true });
    const ticket = await mock.companin.call('post', '/companin/api/v1/support-tickets/', {
      headers,
      json: {
        name: 'Ana',
        email: 'ana@example.com',
        message: 'I want to talk to a human',
        conversation_id: turn.body.data.conversation_id,
        session_id,
      },
    });
    expect(ticket.body.data).toMatchObject({ ticket_status: 'open', session_id, conversation_id: session_id });
    const noToken = await mock.companin.call('post', '/companin/api/v1/support-tickets/', {
      headers: { ...headers, authorization: 'Bearer ' },
      json: { name: 'Ana', email: 'ana@example.com', message: 'hello' },
    });
    expect(noToken.status).toBe(401);
    const activity = await mock.admin('GET', `/companin/organisations/${DEMO.companin.clientId}/widget-activity`);
    expect(activity.body.support_tickets).toEqual([ticket.body.data]);
  });

  it('refuses tickets with 403 when the plan has no hand-off, and the config says so', async () => {
    mock = await createTestMock({
      fixtures: {
        companin: {
          organisations: [
            {
              client_id: DEMO.companin.clientId,
              client_secret: DEMO.companin.clientSecret,
              allowed_origins: [HOST],
              support_tickets_enabled: false,
              assistants: [{ id: agentId, name: 'Bot' }],
              widget_configs: [{ id: 'cfg' }],
            },
          ],
        },
      },
    });
    const { headers } = await widget();
    const config = await mock.companin.call('get', '/companin/widget-config/{config_id}/public/', {
      headers,
      params: { config_id: 'cfg' },
    });
    expect(config.body.data.support_tickets_enabled).toBe(false);
    const ticket = await mock.companin.call('post', '/companin/api/v1/support-tickets/', {
      headers,
      json: { name: 'Ana', email: 'ana@example.com', message: 'help' },
    });
    expect([ticket.status, ticket.body.detail]).toEqual([403, 'Support tickets are not included in this plan']);
  });

  it('takes a chat rating and thumbs on replies; local bubbles are 404; the dialog quirk gets 403', async () => {
    const { headers } = await widget();
    const { session_id } = await openSession(headers);
    const turn = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers,
      params: { session_id },
      json: { content: 'What are your business hours?' },
    });
    const feedback = () =>
      mock.companin.call('get', '/companin/api/v1/sessions/{session_id}/feedback', {
        headers,
        params: { session_id },
      });
    expect((await feedback()).body.data).toEqual({ has_feedback: false, rating: null, comment: null });
    // The feedback dialog sends the iframe's own origin: against a token pinned to the host page, 403.
    const quirk = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/feedback', {
      headers: { authorization: headers.authorization, origin: WIDGET_HOST, 'x-embed-origin': WIDGET_HOST },
      params: { session_id },
      json: { rating: 'positive', comment: '' },
    });
    expect([quirk.status, quirk.body.detail]).toEqual([403, 'Origin mismatch']);
    const rated = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/feedback', {
      headers,
      params: { session_id },
      json: { rating: 'positive', comment: 'Quick' },
    });
    expect(rated.status).toBe(201);
    expect((await feedback()).body.data).toEqual({ has_feedback: true, rating: 'positive', comment: 'Quick' });

    const vote = (message_id: string) =>
      mock.companin.call('post', '/companin/api/v1/message/{message_id}/feedback', {
        headers,
        params: { message_id },
        json: { feedback_type: 'thumbs_up' },
      });
    expect((await vote(turn.body.data.assistant_message.id)).status).toBe(201);
    for (const local of ['agent-stop-1732300000000', 'agent-partial-1', 'temp-handoff-2'])
      expect((await vote(local)).status).toBe(404);
    const activity = await mock.admin('GET', `/companin/organisations/${DEMO.companin.clientId}/widget-activity`);
    expect(activity.body).toMatchObject({
      session_feedback: [{ session_id, rating: 'positive', comment: 'Quick' }],
      message_feedback: [{ message_id: turn.body.data.assistant_message.id, feedback_type: 'thumbs_up' }],
    });

    // Only rated lines are listed, the latest rated first, each once however often rated;
    // a saved and restored state lists them the same.
    const say = (content: string) =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers,
        params: { session_id },
        json: { content },
      });
    const second = (await say('Do you ship abroad?')).body.data.assistant_message.id;
    await say('And returns?');
    expect((await vote(second)).status).toBe(201);
    expect((await vote(turn.body.data.assistant_message.id)).status).toBe(201);
    const listed = async () =>
      (
        await mock.admin('GET', `/companin/organisations/${DEMO.companin.clientId}/widget-activity`)
      ).body.message_feedback.map((m: { message_id: string }) => m.message_id);
    expect(await listed()).toEqual([turn.body.data.assistant_message.id, second]);
    const saved = await (await mock.app.fetch(new Request('http://x/__admin/state'))).text();
    await mock.app.fetch(
      new Request('http://x/__admin/state', {
        method: 'PUT',
        body: saved,
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(await listed()).toEqual([turn.body.data.assistant_message.id, second]);
  });

  it('counts a conversion once per dedup_key', async () => {
    const { headers } = await widget();
    const { session_id } = await openSession(headers);
    const track = () =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/conversions', {
        headers,
        params: { session_id },
        json: { goal_type: 'purchase', value: 49.5, currency: 'eur', dedup_key: 'order-1042' },
      });
    const first = await track();
    expect(first.status).toBe(201);
    const again = await track();
    expect([again.status, again.body.data.id, again.body.data.duplicate]).toEqual([200, first.body.data.id, true]);
    const session = await mock.admin('GET', `/companin/sessions/${session_id}`);
    expect(session.body.conversions).toEqual(
      [{ ...first.body.data, duplicate: undefined, currency: 'EUR' }].map(({ duplicate: _d, ...c }) => c),
    );
  });

  it('attaches an uploaded file to the next message; the upload without X-Embed-Origin meets the pin', async () => {
    const { headers } = await widget();
    const { session_id } = await openSession(headers);
    const form = () => {
      const f = new FormData();
      f.append('file', new File(['receipt'], 'receipt.txt', { type: 'text/plain' }));
      return f;
    };
    // As the widget sends it: Authorization only, so the browser's Origin (the widget host) is compared.
    const asSent = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/files', {
      headers: { authorization: headers.authorization, origin: WIDGET_HOST },
      params: { session_id },
      form: form(),
    });
    expect(asSent.status).toBe(403);
    const upload = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/files', {
      headers: { authorization: headers.authorization, origin: HOST },
      params: { session_id },
      form: form(),
    });
    expect(upload.body.data).toMatchObject({ filename: 'receipt.txt', content_type: 'text/plain', size_bytes: 7 });
    const send = (ids: string[]) =>
      mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
        headers,
        params: { session_id },
        json: { content: 'Here is my receipt', attachment_ids: ids },
      });
    const sent = await send([upload.body.data.id]);
    expect(sent.body.data.user_message.attachments).toEqual([upload.body.data]);
    expect((await send(['no-such-file'])).status).toBe(422);
  });

  it('restores an identified user: the latest live session of the user named by a signed user_token', async () => {
    const sign = (claims: Record<string, unknown>, secret: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt(Math.floor(mock.app.runtime.clock.nowMs() / 1000))
        .sign(new TextEncoder().encode(secret));
    const userToken = await sign({ sub: 'customer-42' }, DEMO.companin.clientSecret);
    const identified = await widget({ userToken });
    const byUser = () =>
      mock.companin.call('get', '/companin/api/v1/auth/sessions/by-user', { headers: identified.headers });
    expect((await byUser()).body.data).toEqual({ session_id: null, expires_at: null });
    const { session_id } = await openSession(identified.headers);
    expect((await byUser()).body.data.session_id).toBe(session_id);
    const anonymous = await widget();
    const refused = await mock.companin.call('get', '/companin/api/v1/auth/sessions/by-user', {
      headers: anonymous.headers,
    });
    expect(refused.status).toBe(403);
    const forged = await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
      headers: { 'x-embed-origin': HOST },
      json: { client_id: DEMO.companin.clientId, user_token: await sign({ sub: 'x' }, 'not-the-secret-at-all') },
    });
    expect(forged.status).toBe(401);
  });
});

describe('companin docs widget', () => {
  it('searches the knowledge with top-level hits, and sends with a user-… key and no Accept', async () => {
    const { headers } = await widget();
    const search = await mock.companin.call('get', '/companin/api/v1/knowledge/search/widget', {
      headers,
      query: { agent_id: agentId, q: 'business hours', limit: 8 },
    });
    expect(search.body).toEqual({
      hits: [
        {
          id: expect.any(String),
          type: 'qa',
          title: 'What are your business hours?',
          snippet: 'We are open Monday to Friday, 9 AM to 6 PM EST.',
          source_url: null,
        },
      ],
    });
    const { session_id } = await openSession(headers, { widget_config_id: DEMO.companin.docsConfigId });
    const sent = await mock.companin.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: { ...headers, 'idempotency-key': 'user-1732300000000-a1b2c3' },
      params: { session_id },
      json: { content: 'What are your business hours?', locale: 'en', page_context: { url: `${HOST}/docs` } },
    });
    expect(sent.headers.get('content-type')).toMatch(/application\/json/);
    // A docs config has no greeting: the transcript is the turn alone.
    expect((await messages(headers, session_id)).map((m) => m.sender)).toEqual(['user', 'assistant']);
  });
});

describe('companin CORS for the widget', () => {
  it('allows PATCH and every header the widget sends, and exposes Retry-After', async () => {
    const preflight = await mock.companin.call('options', '/companin/api/v1/sessions/{session_id}', {
      params: { session_id: 'x' },
      headers: {
        origin: WIDGET_HOST,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers':
          'authorization, content-type, idempotency-key, x-embed-origin, x-widget-loader-version',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-widget-loader-version');
    const { headers } = await widget();
    const agent = await mock.companin.call('get', '/companin/api/v1/agents/{agent_id}', {
      headers,
      params: { agent_id: agentId },
    });
    expect(agent.headers.get('access-control-allow-origin')).toBe(WIDGET_HOST);
    expect(agent.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
