import { DEMO } from '../../../src/vendors/index.js';
import type { Walk } from '../walker.js';

/** The Asyntai walk: chat, websites, sessions, leads, knowledge, webhooks, and their refusals. */
export const walk: Walk = async ({ c, checked, app, mock }) => {
  const h = { authorization: `Bearer ${DEMO.asyntai.starter}` };
  checked(
    await c.call('post', '/asyntai/api/v1/chat/', {
      headers: h,
      json: { message: 'What is your return policy?', session_id: 'walk' },
    }),
    200,
  );
  checked(
    await c.call('post', '/asyntai/api/v1/chat/', {
      headers: { authorization: 'Bearer wrong' },
      json: { message: 'hi' },
    }),
    401,
  );
  checked(
    await c.call('post', '/asyntai/api/v1/chat/', {
      headers: { authorization: `Bearer ${DEMO.asyntai.free}` },
      json: { message: 'hi' },
    }),
    403,
  );
  checked(await c.call('post', '/asyntai/api/v1/chat/', { headers: h, json: { message: 'hi', website_id: 30 } }), 404);
  app.runtime.faults.add('asyntai', 'ai_unavailable', 1);
  checked(await c.call('post', '/asyntai/api/v1/chat/', { headers: h, json: { message: 'hi' } }), 503);
  checked(await c.call('get', '/asyntai/api/v1/websites/', { headers: h }), 200);
  checked(
    await c.call('get', '/asyntai/api/v1/conversations/', { headers: h, query: { session_id: 'walk', limit: 10 } }),
    200,
  );
  checked(await c.call('get', '/asyntai/api/v1/conversations/', { headers: h, query: { session_id: 'nobody' } }), 404);
  checked(await c.call('get', '/asyntai/api/v1/sessions/', { headers: h, query: { limit: 5, source: 'api' } }), 200);
  checked(
    await c.call('post', '/asyntai/api/v1/chat/', {
      headers: h,
      json: { message: 'reach me at walk@example.com', session_id: 'walk' },
    }),
    200,
  );
  checked(await c.call('get', '/asyntai/api/v1/leads/', { headers: h, query: { limit: 5 } }), 200);
  checked(await c.call('get', '/asyntai/api/v1/account/', { headers: { 'x-api-key': DEMO.asyntai.pro } }), 200);
  checked(await c.call('get', '/asyntai/api/v1/knowledge/', { headers: h }), 200);
  const text = checked(
    await c.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: h,
      json: { title: 'Walk', content: 'Walking content for the knowledge base.' },
    }),
    200,
  );
  checked(
    await c.call('post', '/asyntai/api/v1/knowledge/url/', { headers: h, json: { url: `${mock.url}/not-a-page` } }),
    400,
  );
  const form = new FormData();
  form.append('file', new File(['name,price\nTea,3'], 'menu.csv', { type: 'text/csv' }));
  checked(await c.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: h, form }), 200);
  checked(await c.call('delete', '/asyntai/api/v1/knowledge/{id}/', { headers: h, params: { id: text.body.id } }), 200);
  checked(await c.call('delete', '/asyntai/api/v1/knowledge/{id}/', { headers: h, params: { id: text.body.id } }), 404);
  const hook = checked(
    await c.call('post', '/asyntai/api/v1/webhooks/', {
      headers: h,
      json: { url: 'https://example.com/hook', events: ['message.received', 'takeover.started'] },
    }),
    200,
  );
  checked(
    await c.call('post', '/asyntai/api/v1/webhooks/', {
      headers: h,
      json: { url: 'http://example.com/hook', events: ['message.received'] },
    }),
    400,
  );
  checked(await c.call('get', '/asyntai/api/v1/webhooks/', { headers: h }), 200);
  checked(
    await c.call('delete', '/asyntai/api/v1/webhooks/{id}/', { headers: h, params: { id: hook.body.webhook.id } }),
    200,
  );
  checked(
    await c.call('delete', '/asyntai/api/v1/webhooks/{id}/', { headers: h, params: { id: hook.body.webhook.id } }),
    404,
  );
};
