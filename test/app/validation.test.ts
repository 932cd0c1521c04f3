import { describe, expect, it } from 'vitest';
import { DEMO, bearer, companinKeys, createTestMock } from '../support/mock.js';

/** Bad input of every kind gets a 4xx in the vendor's own shape, naming the field; never a 500. */
describe('request validation from the spec', async () => {
  const mock = await createTestMock();
  const starter = bearer(DEMO.asyntai.starter);
  const token = DEMO.chungtair.enabled;

  it.each([
    [
      'malformed JSON',
      () =>
        mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
          headers: { ...starter, 'content-type': 'application/json' },
          raw: '{"message":',
        }),
      400,
      /Invalid JSON body/,
    ],
    [
      'a wrong content-type',
      () =>
        mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
          headers: { ...starter, 'content-type': 'text/plain' },
          raw: 'hi',
        }),
      400,
      /Content-Type must be application\/json/,
    ],
    [
      'JSON sent to the multipart upload',
      () =>
        mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', {
          headers: { ...starter, 'content-type': 'application/json' },
          raw: '{}',
        }),
      400,
      /multipart\/form-data/,
    ],
    [
      'a missing field',
      () => mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: {} as never }),
      400,
      /^message: is required$/,
    ],
    [
      'a missing body',
      () => mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter }),
      400,
      /^body: is required$/,
    ],
    [
      'a wrongly typed field',
      () => mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message: 5 } as never }),
      400,
      /^message: must be string$/,
    ],
    [
      'an out-of-range parameter',
      () => mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter, query: { limit: 0 } }),
      400,
      /^limit: must be >= 1$/,
    ],
    [
      'a non-integer parameter',
      () => mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter, query: { limit: 'ten' } }),
      400,
      /^limit: must be integer$/,
    ],
    [
      'a missing required query',
      () => mock.asyntai.call('get', '/asyntai/api/v1/conversations/', { headers: starter }),
      400,
      /^session_id: is required$/,
    ],
    [
      'an enum miss in the query',
      () => mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: starter, query: { source: 'fax' } }),
      400,
      /^source: must be one of/,
    ],
  ])('asyntai: %s', async (_name, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body.success).toBe(false);
    expect(res.body.error).toMatch(message);
  });

  it.each([
    [
      'malformed JSON',
      () =>
        mock.chungtair.call('post', '/chungtair/api/widget/message', {
          headers: { 'content-type': 'application/json' },
          raw: '{',
        }),
      400,
      /^bad json$/,
    ],
    [
      'a wrong content-type',
      () =>
        mock.chungtair.call('post', '/chungtair/api/widget/ping', {
          headers: { 'content-type': 'text/plain' },
          raw: token,
        }),
      400,
      /^bad json$/,
    ],
    [
      'a wrongly typed field',
      () => mock.chungtair.call('post', '/chungtair/api/widget/message', { json: { token, message: ['hi'] } as never }),
      400,
      /^message: must be string$/,
    ],
    [
      'history that is not a list',
      () =>
        mock.chungtair.call('post', '/chungtair/api/widget/message', {
          json: { token, message: 'hi', history: 'x' } as never,
        }),
      400,
      /^history: must be array$/,
    ],
  ])('chungtair: %s', async (_name, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });

  it.each([
    [
      'malformed JSON',
      () =>
        mock.companin.call('post', '/companin/api/v1/contexts/', {
          headers: { ...companinKeys, 'content-type': 'application/json' },
          raw: '[',
        }),
      422,
      /^body: Invalid JSON body$/,
    ],
    [
      'a wrong content-type',
      () =>
        mock.companin.call('post', '/companin/api/v1/knowledge/qa/', {
          headers: { ...companinKeys, 'content-type': 'application/xml' },
          raw: '<a/>',
        }),
      422,
      /Content-Type must be application\/json/,
    ],
    [
      'a missing field',
      () =>
        mock.companin.call('post', '/companin/api/v1/knowledge/qa/', {
          headers: companinKeys,
          json: { question: 'q' } as never,
        }),
      422,
      /^body.answer: is required$/,
    ],
    [
      'a wrongly typed field',
      () =>
        mock.companin.call('post', '/companin/api/v1/contexts/', {
          headers: companinKeys,
          json: { user_reference: 'u', traits: 'vip' } as never,
        }),
      422,
      /^body.traits: must be object$/,
    ],
    [
      'a bad URL',
      () =>
        mock.companin.call('post', '/companin/api/v1/knowledge/urls/', {
          headers: companinKeys,
          json: { url: 'ftp://x' },
        }),
      422,
      /^body.url: must match pattern/,
    ],
  ])('companin: %s', async (_name, send, status, message) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ status: 'error', status_code: status, data: null });
    expect(res.body.detail).toMatch(message);
  });

  it.each([
    [mock.asyntai, 'GET', '/api/v1/nothing/', /No such endpoint/],
    [mock.chungtair, 'GET', '/api/widget/config/', /did you mean \/api\/widget\/config\?/],
    [mock.chungtair, 'GET', '/api/widget/settings', /No such endpoint/],
    [mock.companin, 'POST', '/api/v1/sessions/abc/close', /No such endpoint/],
  ] as const)('an unknown path under a mount is 404 (%#)', async (client, method, path, message) => {
    const res = await client.callAnything(method, path, { headers: { ...starter, ...companinKeys } });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).toMatch(message);
  });

  it.each([
    [mock.asyntai, 'PUT', '/api/v1/chat/', 'POST'],
    [mock.asyntai, 'POST', '/api/v1/knowledge/abc/', 'DELETE'],
    [mock.asyntai, 'GET', '/api/v1/knowledge/text/', 'POST'],
    [mock.chungtair, 'GET', '/api/widget/message', 'POST, OPTIONS'],
    [mock.companin, 'DELETE', '/api/v1/assistants/', 'GET, POST, OPTIONS'],
  ] as const)('a wrong method on a known path is 405 with Allow (%#)', async (client, method, path, allow) => {
    const res = await client.callAnything(method, path);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
  });

  it('validation runs before any state changes: a rejected chat stores nothing', async () => {
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'x', session_id: 'v1', website_id: 'one' } as never,
    });
    expect(
      (
        await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
          headers: starter,
          query: { session_id: 'v1' },
        })
      ).status,
    ).toBe(404);
  });
});
