import { describe, expect, it } from 'vitest';
import { DEMO, bearer, companinKeys, createTestMock } from '../support/mock.js';

/**
 * Requests real clients get wrong, or that no client should send: each must get a 4xx in
 * the vendor's shape (checked against the spec by the client), never a 5xx.
 */
describe('no request a client can send gets a 500', async () => {
  const mock = await createTestMock();
  const starter = bearer(DEMO.asyntai.starter);
  const json = { 'content-type': 'application/json' };

  const cases: [string, () => Promise<{ status: number }>][] = [
    [
      'JSON null body',
      () => mock.asyntai.callAnything('POST', '/api/v1/chat/', { headers: { ...starter, ...json }, raw: 'null' }),
    ],
    [
      'JSON array body',
      () => mock.asyntai.callAnything('POST', '/api/v1/chat/', { headers: { ...starter, ...json }, raw: '[1,2]' }),
    ],
    [
      'JSON string body',
      () =>
        mock.companin.callAnything('POST', '/api/v1/contexts/', { headers: { ...companinKeys, ...json }, raw: '"x"' }),
    ],
    [
      'huge website_id',
      () =>
        mock.asyntai.callAnything('POST', '/api/v1/chat/', {
          headers: { ...starter, ...json },
          raw: '{"message":"hi","website_id":1e308}',
        }),
    ],
    ['negative limit', () => mock.asyntai.callAnything('GET', '/api/v1/sessions/?limit=-5', { headers: starter })],
    ['float limit', () => mock.asyntai.callAnything('GET', '/api/v1/sessions/?limit=2.5', { headers: starter })],
    ['bad since', () => mock.asyntai.callAnything('GET', '/api/v1/leads/?since=yesterday', { headers: starter })],
    [
      'broken percent-encoding in a path id',
      () => mock.asyntai.callAnything('DELETE', '/api/v1/knowledge/%E0%A4%A/', { headers: starter }),
    ],
    [
      'encoded slash in a path id',
      () => mock.asyntai.callAnything('DELETE', '/api/v1/webhooks/a%2Fb/', { headers: starter }),
    ],
    [
      'multipart with a broken boundary',
      () =>
        mock.asyntai.callAnything('POST', '/api/v1/knowledge/spreadsheet/', {
          headers: { ...starter, 'content-type': 'multipart/form-data; boundary=zzz' },
          raw: '--nope\r\n',
        }),
    ],
    [
      'multipart where JSON is expected',
      () =>
        mock.companin.callAnything('POST', '/api/v1/knowledge/qa/', {
          headers: { ...companinKeys, 'content-type': 'multipart/form-data; boundary=x' },
          raw: '--x--\r\n',
        }),
    ],
    [
      'a file sent as a text field',
      () => {
        const form = new FormData();
        form.append('file', 'just text');
        return mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form });
      },
    ],
    [
      'an empty Bearer',
      () => mock.asyntai.callAnything('GET', '/api/v1/account/', { headers: { authorization: 'Bearer ' } }),
    ],
    [
      'a JWT-shaped garbage token',
      () =>
        mock.companin.callAnything('POST', '/api/v1/sessions/', {
          headers: { authorization: 'Bearer a.%%%.c', ...json },
          raw: '{"assistant_id":"x"}',
        }),
    ],
    [
      'a JWT whose payload is not JSON',
      () =>
        mock.companin.callAnything('POST', '/api/v1/sessions/', {
          headers: { authorization: `Bearer e30.${btoa('nope')}.sig`, ...json },
          raw: '{"assistant_id":"x"}',
        }),
    ],
    [
      'only an API key, no secret',
      () =>
        mock.companin.callAnything('GET', '/api/v1/assistants/', { headers: { 'x-api-key': DEMO.companin.clientId } }),
    ],
    [
      'a widget-token Origin full of regex characters',
      () =>
        mock.companin.callAnything('POST', '/api/v1/auth/widget-token', {
          headers: { ...json, origin: '(.*)[' },
          raw: JSON.stringify({ client_id: DEMO.companin.clientId }),
        }),
    ],
    [
      'history items of the wrong shape',
      () =>
        mock.chungtair.callAnything('POST', '/api/widget/message', {
          headers: json,
          raw: JSON.stringify({ token: DEMO.chungtair.enabled, message: 'hi', history: [1, null] }),
        }),
    ],
    [
      'a very long session_id',
      () =>
        mock.asyntai.callAnything('POST', '/api/v1/chat/', {
          headers: { ...starter, ...json },
          raw: JSON.stringify({ message: 'hi', session_id: 'x'.repeat(10_000) }),
        }),
    ],
    ['a HEAD on a POST-only path', () => mock.asyntai.callAnything('HEAD', '/api/v1/chat/', { headers: starter })],
    ['a path with a double slash', () => mock.asyntai.callAnything('GET', '/api/v1//account/', { headers: starter })],
  ];

  it.each(cases)('%s: a 4xx', async (_name, send) => {
    const res = await send();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('an Origin that is not a URL: the ping is recorded without a domain', async () => {
    const res = await mock.chungtair.callAnything('POST', '/api/widget/ping', {
      headers: { ...json, origin: 'null' },
      raw: JSON.stringify({ token: DEMO.chungtair.enabled }),
    });
    expect(res.status).toBe(200);
  });

  it('HEAD on a GET endpoint answers as the GET, without a body', async () => {
    const res = await mock.asyntai.callAnything('HEAD', '/api/v1/account/', { headers: starter });
    expect([res.status, res.text]).toEqual([200, '']);
    expect(res.headers.get('content-type')).toBe('application/json');
  });
});
