import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient } from '../../contracts/support/asserting-spec-client.js';
import { createHandlers } from '../../src/adapters/msw.js';
import { DEMO } from '../../src/vendors/index.js';
import { ownVisits } from '../support/mock.js';

const { handlers, app } = await createHandlers({ clock: 'frozen' });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe("msw handlers on the vendors' real origins", () => {
  it('answer Asyntai at https://asyntai.com/api/v1/ with no base-URL change', async () => {
    const asyntai = new AssertingSpecClient('/asyntai', 'https://asyntai.com');
    const res = await asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: { authorization: `Bearer ${DEMO.asyntai.starter}` },
      json: { message: 'What are your business hours?', session_id: 'msw-1' },
    });
    expect(res.body).toMatchObject({ success: true, session_id: 'msw-1' });
    const sessions = await asyntai.call('get', '/asyntai/api/v1/sessions/', {
      headers: { authorization: `Bearer ${DEMO.asyntai.starter}` },
    });
    expect(ownVisits(sessions.body.sessions).map((s: any) => s.session_id)).toEqual(['msw-1']);
  });

  it('answer Chungtair at aibot.chungtair.com/api/widget/ and Companin at app.companin.tech/api/v1/', async () => {
    const chungtair = new AssertingSpecClient('/chungtair', 'https://aibot.chungtair.com');
    expect(
      (await chungtair.call('get', '/chungtair/api/widget/config', { query: { token: DEMO.chungtair.enabled } })).body
        .config.bot_name,
    ).toBe('AI 智能客服');
    const companin = new AssertingSpecClient('/companin', 'https://app.companin.tech');
    const token = await companin.call('post', '/companin/api/v1/auth/widget-token', {
      json: { client_id: DEMO.companin.clientId },
      headers: { origin: 'http://localhost:5173' },
    });
    expect(token.body.token_type).toBe('Bearer');
  });

  it("answer Companin's widget paths outside /api/v1 (config, telemetry, health), and stream its SSE", async () => {
    const companin = new AssertingSpecClient('/companin', 'https://app.companin.tech');
    const embed = { origin: 'https://app.companin.tech', 'x-embed-origin': 'https://example.com' };
    const minted = await companin.call('post', '/companin/api/v1/auth/widget-token', {
      json: { client_id: DEMO.companin.clientId },
      headers: embed,
    });
    const headers = { ...embed, authorization: `Bearer ${minted.body.token}` };
    const config = await companin.call('get', '/companin/widget-config/{config_id}/public/', {
      headers,
      params: { config_id: DEMO.companin.chatConfigId },
      query: { visitor_id: 'widget-1' },
    });
    expect(config.body.data.id).toBe(DEMO.companin.chatConfigId);
    const event = await companin.call('post', '/companin/telemetry/events/', {
      headers: embed,
      json: { event_type: 'widget_load', agent: DEMO.companin.assistantId, user_id: 'widget-1' },
    });
    expect(event.status).toBe(201);
    expect((await companin.call('get', '/companin/api/health')).body).toEqual({ status: 'ok' });
    const session = await companin.call('post', '/companin/api/v1/sessions/', {
      headers,
      json: { agent_id: DEMO.companin.assistantId, visitor_id: 'widget-1', locale: 'en' },
    });
    const stream = await companin.stream('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers,
      params: { session_id: session.body.data.session_id },
      json: { content: 'What are your business hours?' },
    });
    const events = await stream.rest();
    expect(events.at(0)).toEqual({ type: 'token', text: 'We ' });
    expect(events.at(-1)?.data.session_id).toBe(session.body.data.session_id);
  });

  it('journal what went through msw, and answer an injected status there', async () => {
    const added = await app.admin('POST', '/faults', {
      vendor: 'chungtair',
      operation: 'chungtairGetConfig',
      type: 'status',
      status: 404,
      times: 1,
    });
    expect(added.status).toBe(201);
    const chungtair = new AssertingSpecClient('/chungtair', 'https://aibot.chungtair.com');
    const refused = await chungtair.call('get', '/chungtair/api/widget/config', {
      query: { token: DEMO.chungtair.enabled },
    });
    expect(refused.status).toBe(404);
    const entries = (await app.admin('GET', '/journal?operation=chungtairGetConfig')).body.entries;
    expect(entries[0]).toMatchObject({
      vendor: 'chungtair',
      status: 404,
      principal: `token ${DEMO.chungtair.enabled}`,
    });
  });

  it('give a network error for a dropped connection (a `drop` fault)', async () => {
    await app.admin('POST', '/faults', { vendor: 'asyntai', operation: 'asyntaiGetAccount', type: 'drop', times: 1 });
    const headers = { authorization: `Bearer ${DEMO.asyntai.starter}` };
    await expect(fetch('https://asyntai.com/api/v1/account/', { headers })).rejects.toThrow('Failed to fetch');
    expect((await fetch('https://asyntai.com/api/v1/account/', { headers })).status).toBe(200);
  });

  it('answer vendor-shaped 404s for unknown paths under the vendor base path', async () => {
    const res = await new AssertingSpecClient('/asyntai', 'https://asyntai.com').callAnything(
      'GET',
      '/api/v1/unknown/',
      {
        headers: { authorization: `Bearer ${DEMO.asyntai.starter}` },
      },
    );
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ success: false });
  });
});

describe('multipart uploads through msw', () => {
  it('keep their credential headers (msw hands the resolver a Headers that copies badly)', async () => {
    const form = new FormData();
    form.append('file', new File(['name,price\nTea,3'], 'menu.csv'));
    const res = await new AssertingSpecClient('/asyntai', 'https://asyntai.com').call(
      'post',
      '/asyntai/api/v1/knowledge/spreadsheet/',
      { headers: { authorization: `Bearer ${DEMO.asyntai.starter}` }, form },
    );
    expect([res.status, res.body.rows_processed]).toEqual([200, 1]);
  });
});

describe('configurable origins', () => {
  it('intercept a staging origin instead of the real one', async () => {
    const staging = await createHandlers({ clock: 'frozen', origins: { asyntai: 'https://staging.asyntai.test' } });
    server.use(...staging.handlers);
    const res = await new AssertingSpecClient('/asyntai', 'https://staging.asyntai.test').call(
      'get',
      '/asyntai/api/v1/account/',
      { headers: { 'x-api-key': DEMO.asyntai.pro } },
    );
    expect(res.body.account.plan).toBe('pro');
  });
});
