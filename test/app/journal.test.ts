import { describe, expect, it } from 'vitest';
import { DEMO, bearer, companinKeys, createTestMock } from '../support/mock.js';

/** The journal as a frontend developer reads it: what their code sent and got, filtered and counted. */
describe('the request journal', () => {
  it('keeps vendor, operation, client, session, masked headers, both bodies, duration and violations', async () => {
    const mock = await createTestMock();
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.starter),
      json: { message: 'What are your business hours?', session_id: 'visitor-7' },
    });
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.starter),
      json: { session_id: 'visitor-7' } as never,
    });
    const [refused, chat] = (await mock.admin('GET', '/journal')).body.entries;
    expect(chat).toMatchObject({
      method: 'POST',
      path: '/asyntai/api/v1/chat/',
      status: 200,
      operationId: 'asyntaiChat',
      vendor: 'asyntai',
      principal: 'api key asy_…rter',
      session: 'visitor-7',
      request: {
        headers: { authorization: 'Bearer asy_…rter', 'content-type': 'application/json' },
        body: '{"message":"What are your business hours?","session_id":"visitor-7"}',
      },
      response: { headers: { 'content-type': 'application/json' }, body: expect.stringContaining('"success":true') },
      violations: [],
    });
    expect(chat.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(chat)).not.toContain(DEMO.asyntai.starter);
    expect(refused).toMatchObject({ status: 400, violations: ['body.message: is required'] });
  });

  it('filters by vendor, operation, status, client (or its credential), session, since; counts, finds', async () => {
    const mock = await createTestMock();
    const ask = (key: string, session_id: string) =>
      mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: bearer(key), json: { message: 'hi', session_id } });
    await ask(DEMO.asyntai.starter, 'a');
    mock.app.runtime.clock.advance(60);
    await ask(DEMO.asyntai.starter, 'b');
    await ask('asy_wrong_key_123', 'b');
    await mock.chungtair.call('get', '/chungtair/api/widget/config', { query: { token: DEMO.chungtair.enabled } });
    const find = async (query: string) =>
      (await mock.admin('GET', `/journal?${query}`)).body.entries.map((e: { status: number; session?: string }) => [
        e.status,
        e.session ?? null,
      ]);
    expect(await find('vendor=asyntai')).toEqual([
      [401, 'b'],
      [200, 'b'],
      [200, 'a'],
    ]);
    expect(await find('operation=chungtairGetConfig')).toEqual([[200, null]]);
    expect(await find('status=401')).toEqual([[401, 'b']]);
    expect(await find(`principal=${DEMO.asyntai.starter}`)).toEqual([
      [200, 'b'],
      [200, 'a'],
    ]);
    expect(await find('session=a')).toEqual([[200, 'a']]);
    expect(await find('since=2025-06-02T09:00:30Z&vendor=asyntai')).toEqual([
      [401, 'b'],
      [200, 'b'],
    ]);
    expect((await mock.admin('POST', '/journal/count', { vendor: 'asyntai', status: 200 })).body).toEqual({ count: 2 });
    const found = await mock.admin('POST', '/journal/find', { session: 'b', principal: 'asy_wrong_key_123' });
    expect(found.body.entries.map((e: { status: number }) => e.status)).toEqual([401]);
    expect((await mock.admin('POST', '/journal/count', { status: 'often' })).status).toBe(400);
    expect((await mock.admin('GET', '/journal?vendor=zendesk')).status).toBe(400);
    // A criterion or operation it does not know is refused, not counted as everything or nothing.
    expect((await mock.admin('POST', '/journal/count', { bogus: 1 })).body).toEqual({
      error: 'bogus: not a journal criterion; criteria: vendor, operation, method, status, principal, session, since',
    });
    expect((await mock.admin('POST', '/journal/count', { statuss: 200 })).body.error).toMatch(
      /^statuss: not a journal criterion \(did you mean status\?\)/,
    );
    expect((await mock.admin('POST', '/journal/count', { operation: 'asyntaiChatt' })).body).toEqual({
      error: 'operation: asyntaiChatt is not an operation (did you mean asyntaiChat?)',
    });
    expect((await mock.admin('GET', '/journal?vendor=chungtair&operation=asyntaiChat')).body).toEqual({
      error: 'operation: asyntaiChat is not an operation of chungtair',
    });
    expect((await mock.admin('GET', '/journal?limit=5&operation=asyntaiChat')).status).toBe(200);
  });

  it('masks secrets in bodies and headers, and summarises a binary upload', async () => {
    const mock = await createTestMock();
    await mock.companin.call('post', '/companin/api/v1/auth/widget-token', {
      headers: { origin: 'http://localhost:3000' },
      json: { client_id: DEMO.companin.clientId, user_token: 'eyJhbGciOiJIUzI1NiJ9.secret-user.sig' },
    });
    const form = new FormData();
    form.append('title', 'Manual');
    form.append('file_type', 'txt');
    form.append('file', new File(['A'.repeat(5000)], 'manual.txt'));
    await mock.companin.call('post', '/companin/api/v1/knowledge/files/', { headers: companinKeys, form });
    const [upload, token] = (await mock.admin('GET', '/journal')).body.entries;
    expect(token.request.body).toBe('{"client_id":"cmp_test_client","user_token":"eyJh….sig"}');
    expect(upload.request.headers).toMatchObject({ 'x-api-key': 'cmp_…ient', 'x-api-secret': 'cmp_…cret' });
    expect(upload.request.body).toMatch(/^\(\d+ bytes of multipart\/form-data; boundary=/);
  });
});
