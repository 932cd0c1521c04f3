import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/adapters/msw.js';
import type { paths as AsyntaiPaths } from '../../src/generated/asyntai.js';
import type { paths as CompaninPaths } from '../../src/generated/companin.js';
import { DEMO } from '../../src/vendors/index.js';
import { ownVisits } from '../support/mock.js';

/**
 * What a client author does with `supportbot-mock/types/<vendor>`: a typed client
 * (openapi-fetch) on the vendor's real origin, with msw answering. The paths are the
 * vendor's own, so the calls type-check and reach the right URL.
 */
const { handlers } = await createHandlers({ clock: 'frozen' });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('per-vendor types with real paths', () => {
  it('type an openapi-fetch client on https://asyntai.com that reaches the mock through msw', async () => {
    const asyntai = createClient<AsyntaiPaths>({
      baseUrl: 'https://asyntai.com',
      headers: { Authorization: `Bearer ${DEMO.asyntai.starter}` },
    });
    const { data, error, response } = await asyntai.POST('/api/v1/chat/', {
      body: { message: 'What are your business hours?', session_id: 'typed-1' },
    });
    expect(error).toBeUndefined();
    expect(response.url).toBe('https://asyntai.com/api/v1/chat/');
    expect(data && 'session_id' in data ? data.session_id : undefined).toBe('typed-1');
    const leads = await asyntai.GET('/api/v1/leads/', { params: { query: { limit: 5 } } });
    expect(ownVisits(leads.data?.leads ?? [])).toEqual([]);
    // Checked by the typecheck, never sent: the mock's own mounted path is not an Asyntai path.
    // @ts-expect-error: '/asyntai/api/v1/chat/' is the mock's mount, not the vendor's API
    const _mounted = () => asyntai.POST('/asyntai/api/v1/chat/', { body: { message: 'x' } });
  });

  it('type Companin calls at the origin root too (the widget config)', async () => {
    const companin = createClient<CompaninPaths>({ baseUrl: 'https://app.companin.tech' });
    const token = await companin.POST('/api/v1/auth/widget-token', {
      body: { client_id: DEMO.companin.clientId },
      headers: { 'X-Embed-Origin': 'https://example.com', Origin: 'https://app.companin.tech' },
    });
    const auth = { Authorization: `Bearer ${token.data?.token}`, 'X-Embed-Origin': 'https://example.com' };
    const config = await companin.GET('/widget-config/{config_id}/public/', {
      params: { path: { config_id: DEMO.companin.chatConfigId }, query: { visitor_id: 'widget-1' } },
      headers: auth,
    });
    expect(config.data?.data.widget_type).toBe('chat');
  });
});
