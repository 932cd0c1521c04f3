import { DEMO } from '../../../src/vendors/index.js';
import type { Walk } from '../walker.js';

/** The Companin walk: tokens, assistants, sessions, messages (JSON and SSE), conversations,
 * contexts, knowledge, the widget's own calls and the preflights. */
export const walk: Walk = async ({ c, checked, app, mock }) => {
  const keys = { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret };
  const origin = 'http://localhost:3000';
  const minted = checked(
    await c.call('post', '/companin/api/v1/auth/widget-token', {
      json: { client_id: DEMO.companin.clientId },
      headers: { origin },
    }),
    200,
  );
  checked(
    await c.call('post', '/companin/api/v1/auth/widget-token', { json: { client_id: DEMO.companin.clientId } }),
    400,
  );
  checked(
    await c.call('post', '/companin/api/v1/auth/widget-token', {
      json: { client_id: 'nobody' },
      headers: { origin },
    }),
    401,
  );
  const jwt = { authorization: `Bearer ${minted.body.token}`, origin };
  checked(await c.call('get', '/companin/api/v1/assistants/', { headers: keys }), 200);
  checked(await c.call('get', '/companin/api/v1/assistants/', { headers: { ...keys, 'x-api-secret': 'wrong' } }), 401);
  checked(
    await c.call('post', '/companin/api/v1/assistants/', {
      headers: keys,
      json: { name: 'Walker', tone: 'casual', language: 'en' },
    }),
    201,
  );
  const session = checked(
    await c.call('post', '/companin/api/v1/sessions/', {
      headers: jwt,
      json: { assistant_id: DEMO.companin.assistantId, visitor_id: 'v' },
    }),
    201,
  );
  checked(
    await c.call('post', '/companin/api/v1/sessions/', {
      headers: { ...jwt, origin: 'http://localhost:9999' },
      json: { assistant_id: DEMO.companin.assistantId },
    }),
    403,
  );
  checked(await c.call('post', '/companin/api/v1/sessions/', { headers: keys, json: { assistant_id: 'nope' } }), 404);
  const sid = { session_id: session.body.data.id };
  checked(
    await c.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: jwt,
      params: sid,
      json: { content: 'What are your business hours?' },
    }),
    200,
  );
  checked(
    await c.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: { ...jwt, accept: 'text/event-stream' },
      params: sid,
      json: { content: 'hello' },
    }),
    200,
  );
  checked(await c.call('get', '/companin/api/v1/sessions/{session_id}/messages', { headers: jwt, params: sid }), 200);
  checked(
    await c.call('get', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: keys,
      params: { session_id: 'nope' },
    }),
    404,
  );
  app.runtime.faults.add('companin', 'ai_unavailable', 1);
  checked(
    await c.call('post', '/companin/api/v1/sessions/{session_id}/messages', {
      headers: keys,
      params: sid,
      json: { content: 'hello' },
    }),
    503,
  );
  const convo = checked(
    await c.call('post', '/companin/api/v1/conversations/', {
      headers: keys,
      json: { assistant_id: DEMO.companin.assistantId, customer_id: 'c1', title: 'Walk' },
    }),
    201,
  );
  checked(
    await c.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
      headers: keys,
      params: { conversation_id: convo.body.data.id },
      json: { content: 'Track my order' },
    }),
    200,
  );
  checked(
    await c.call('post', '/companin/api/v1/conversations/{conversation_id}/messages', {
      headers: keys,
      params: { conversation_id: 'nope' },
      json: { content: 'x' },
    }),
    404,
  );
  checked(
    await c.call('post', '/companin/api/v1/contexts/', {
      headers: keys,
      json: { user_reference: 'c1', traits: { name: 'Walker' } },
    }),
    201,
  );
  checked(
    await c.call('post', '/companin/api/v1/contexts/', {
      headers: keys,
      json: { user_reference: 'c1', traits: { name: 'W' } },
    }),
    200,
  );
  const form = new FormData();
  form.append('title', 'Notes');
  form.append('file_type', 'txt');
  form.append('file', new File(['Returns are free within 30 days.'], 'notes.txt', { type: 'text/plain' }));
  checked(await c.call('post', '/companin/api/v1/knowledge/files/', { headers: keys, form }), 201);
  checked(
    await c.call('post', '/companin/api/v1/knowledge/qa/', {
      headers: keys,
      json: { question: 'Q?', answer: 'A.', tags: ['t'], source: 'manual' },
    }),
    201,
  );
  checked(
    await c.call('post', '/companin/api/v1/knowledge/urls/', {
      headers: keys,
      json: { url: `${mock.url}/nothing-here` },
    }),
    400,
  );
  // The widget's own calls (client-facts Part A).
  checked(await c.call('get', '/companin/api/v1/embed/resolve', { query: { key: DEMO.companin.installKey } }), 200);
  checked(await c.call('get', '/companin/api/v1/embed/resolve', { query: { key: 'wgt_none' } }), 404);
  checked(await c.call('get', '/companin/api/health'), 200);
  const agent = { params: { agent_id: DEMO.companin.assistantId } };
  checked(await c.call('get', '/companin/api/v1/agents/{agent_id}', { headers: jwt, ...agent }), 200);
  checked(await c.call('get', '/companin/api/v1/agents/{agent_id}', { headers: jwt, params: { agent_id: 'x' } }), 404);
  const config = { params: { config_id: DEMO.companin.chatConfigId }, query: { visitor_id: 'widget-1' } };
  checked(await c.call('get', '/companin/widget-config/{config_id}/public/', { headers: jwt, ...config }), 200);
  checked(
    await c.call('get', '/companin/widget-config/{config_id}/public/', { headers: jwt, params: { config_id: 'x' } }),
    404,
  );
  checked(
    await c.call('post', '/companin/api/v1/widget/ui-translations', {
      json: { locale: 'ja', version: 'v1', strings: { send: 'Send' } },
    }),
    200,
  );
  checked(
    await c.call('post', '/companin/telemetry/events/', {
      headers: { origin },
      json: { event_type: 'widget_load', agent: DEMO.companin.assistantId, user_id: 'widget-1' },
    }),
    201,
  );
  const inSession = { headers: jwt, params: sid };
  checked(
    await c.call('patch', '/companin/api/v1/sessions/{session_id}', { ...inSession, json: { metadata: { a: 1 } } }),
    200,
  );
  checked(await c.call('get', '/companin/api/v1/sessions/{session_id}/feedback', inSession), 200);
  checked(
    await c.call('post', '/companin/api/v1/sessions/{session_id}/feedback', {
      ...inSession,
      json: { rating: 'neutral' },
    }),
    201,
  );
  checked(await c.call('post', '/companin/api/v1/sessions/{session_id}/heartbeat', inSession), 200);
  checked(
    await c.call('post', '/companin/api/v1/sessions/{session_id}/conversions', {
      ...inSession,
      json: { goal_type: 'signup', dedup_key: 'd1' },
    }),
    201,
  );
  const upload = new FormData();
  upload.append('file', new File(['receipt'], 'r.txt', { type: 'text/plain' }));
  checked(await c.call('post', '/companin/api/v1/sessions/{session_id}/files', { ...inSession, form: upload }), 201);
  const reply = await c.call('get', '/companin/api/v1/sessions/{session_id}/messages', inSession);
  const messageId = reply.body.data.messages.at(-1).id;
  checked(
    await c.call('post', '/companin/api/v1/message/{message_id}/feedback', {
      headers: jwt,
      params: { message_id: messageId },
      json: { feedback_type: 'thumbs_down' },
    }),
    201,
  );
  checked(
    await c.call('post', '/companin/api/v1/support-tickets/', {
      headers: jwt,
      json: { name: 'W', email: 'w@example.com', message: 'help', session_id: sid.session_id },
    }),
    201,
  );
  checked(await c.call('get', '/companin/api/v1/auth/sessions/by-user', { headers: jwt }), 403);
  checked(
    await c.call('get', '/companin/api/v1/knowledge/search/widget', {
      headers: jwt,
      query: { agent_id: DEMO.companin.assistantId, q: 'hours' },
    }),
    200,
  );
  for (const path of [
    '/companin/api/v1/embed/resolve',
    '/companin/api/v1/agents/{agent_id}',
    '/companin/widget-config/{config_id}/public/',
    '/companin/api/v1/widget/ui-translations',
    '/companin/telemetry/events/',
    '/companin/api/v1/sessions/{session_id}',
    '/companin/api/v1/sessions/{session_id}/feedback',
    '/companin/api/v1/sessions/{session_id}/heartbeat',
    '/companin/api/v1/sessions/{session_id}/conversions',
    '/companin/api/v1/sessions/{session_id}/files',
    '/companin/api/v1/message/{message_id}/feedback',
    '/companin/api/v1/support-tickets/',
    '/companin/api/v1/auth/sessions/by-user',
    '/companin/api/v1/knowledge/search/widget',
    '/companin/api/health',
  ] as const) {
    checked(
      await c.call('options', path, {
        headers: { origin, 'access-control-request-method': 'POST' },
        params: { session_id: 'x', agent_id: 'a', config_id: 'c', message_id: 'm' } as never,
      }),
      204,
    );
  }
  for (const path of [
    '/companin/api/v1/auth/widget-token',
    '/companin/api/v1/assistants/',
    '/companin/api/v1/sessions/',
    '/companin/api/v1/sessions/{session_id}/messages',
    '/companin/api/v1/conversations/',
    '/companin/api/v1/conversations/{conversation_id}/messages',
    '/companin/api/v1/contexts/',
    '/companin/api/v1/knowledge/files/',
    '/companin/api/v1/knowledge/qa/',
    '/companin/api/v1/knowledge/urls/',
  ] as const) {
    checked(
      await c.call('options', path, {
        headers: { origin, 'access-control-request-method': 'POST' },
        params: { session_id: 'x', conversation_id: 'y' } as never,
      }),
      204,
    );
  }
};
