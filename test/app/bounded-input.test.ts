import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { MAX_JSON_DEPTH } from '../../src/spec/json-depth.js';
import { DEMO, bearer, companinKeys, createTestMock, type TestMock } from '../support/mock.js';

const starter = bearer(DEMO.asyntai.starter);
const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const json = { 'content-type': 'application/json' };

describe('request bodies over the operation cap (x-max-body-bytes)', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await createTestMock();
  });

  it('are refused with 413 in each vendor shape, declared or not', async () => {
    const big = 'x'.repeat(2_700_000);
    const asyntai = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: { ...starter, ...json },
      raw: JSON.stringify({ message: big }),
    });
    expect([asyntai.status, asyntai.body.success, asyntai.body.error]).toEqual([
      413,
      false,
      'Request body larger than 2621440 bytes',
    ]);
    const chungtair = await mock.chungtair.call('post', '/chungtair/api/widget/message', {
      headers: json,
      raw: JSON.stringify({ token: DEMO.chungtair.enabled, message: 'hi', history: [{ role: 'user', content: big }] }),
    });
    expect([chungtair.status, chungtair.body.success]).toEqual([413, false]);
    const companin = await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: { ...companinKeys, ...json },
      raw: JSON.stringify({ user_reference: 'u', traits: { note: big } }),
    });
    expect([companin.status, companin.body.status_code]).toEqual([413, 413]);
  });

  it('let a knowledge upload declare a larger cap than its vendor default', async () => {
    const pro = bearer(DEMO.asyntai.pro);
    const content = '營業時間週一至週五。'.repeat(100_000); // 1,000,000 characters, 3 MB of UTF-8
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: pro,
      json: { title: 'big', content },
    });
    expect(res.status).toBe(200);
  });
});

describe('request bodies through the Node server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startNodeServer((await createTestMock()).app, { port: 0 });
  });
  afterAll(() => server.close());

  /** Streams `chunks` without a Content-Length (chunked), answering with status and JSON body. */
  const stream = (path: string, chunks: string[], headers: Record<string, string>) =>
    new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = httpRequest(`${server.url}${path}`, { method: 'POST', headers }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      });
      req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(e)));
      for (const c of chunks) req.write(c);
      req.end();
    });

  it('cut a chunked body off at the cap with 413, without reading the rest', async () => {
    const piece = 'y'.repeat(64 * 1024);
    const res = await stream('/chungtair/api/widget/message', ['{"token":"', ...Array(4).fill(piece), '"}'], json);
    expect(res).toEqual({ status: 413, body: { success: false, error: 'Request body larger than 102400 bytes' } });
  });

  it('refuse a declared Content-Length over the cap before the body is read', async () => {
    const res = await fetch(`${server.url}/companin/api/v1/contexts/`, {
      method: 'POST',
      headers: { ...companinKeys, ...json },
      body: JSON.stringify({ user_reference: 'u', traits: { x: 'z'.repeat(2_000_000) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ status: 'error', status_code: 413 });
  });
});

describe('strict input', () => {
  let mock: TestMock;
  beforeAll(async () => {
    mock = await createTestMock();
  });

  it('refuses a body that is not valid UTF-8 in each vendor shape', async () => {
    const bad = new Uint8Array([0x7b, 0x22, 0x6d, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]); // {"m":"\xff\xfe"}
    const a = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: { ...starter, ...json }, raw: bad });
    expect([a.status, a.body.error]).toEqual([400, 'The body is not valid UTF-8']);
    const c = await mock.chungtair.call('post', '/chungtair/api/widget/ping', { headers: json, raw: bad });
    expect([c.status, c.body.error]).toEqual([400, 'bad json']);
    const p = await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: { ...companinKeys, ...json },
      raw: bad,
    });
    expect([p.status, p.body.detail]).toEqual([422, 'body: The body is not valid UTF-8']);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels, and stores nothing`, async () => {
    const traits = `{"t":${deep(MAX_JSON_DEPTH)}}`;
    const refused = await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: { ...companinKeys, ...json },
      raw: `{"user_reference":"deep-user","traits":${traits}}`,
    });
    expect([refused.status, refused.body.detail]).toEqual([
      422,
      `body: Invalid JSON body: nested deeper than ${MAX_JSON_DEPTH} levels`,
    ]);
    const created = await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: companinKeys,
      json: { user_reference: 'deep-user', traits: { plan: 'pro' } },
    });
    expect(created.status).toBe(201); // 201, not 200: the refused request stored nothing
    const fits = await mock.companin.call('post', '/companin/api/v1/contexts/', {
      headers: { ...companinKeys, ...json },
      raw: `{"user_reference":"ok","traits":{"t":${deep(MAX_JSON_DEPTH - 2)}}}`,
    });
    expect(fits.status).toBe(201);
  });

  it('keeps the Chungtair debug view readable after a too-deep history item', async () => {
    const token = DEMO.chungtair.enabled;
    const res = await mock.chungtair.call('post', '/chungtair/api/widget/message', {
      headers: json,
      raw: `{"token":"${token}","message":"hi","history":[${deep(5000)}]}`,
    });
    expect(res.status).toBe(400);
    const view = await mock.admin('GET', `/chungtair/bots/${token}/debug`);
    expect(view.status).toBe(200);
    expect(typeof view.body.entries.find((e: any) => e.endpoint === 'message').request.body).toBe('string');
  });

  it('answers a 2 MB URL and a URL no parser accepts with 400, not 500', async () => {
    const long = `https://example.com/${'a'.repeat(2_000_000)}`;
    const page = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', {
      headers: starter,
      json: { url: long },
    });
    expect(page.status).toBe(400);
    for (const url of ['http://127.0.0.1:99999/hook', 'http://127.attacker.example/hook', 'http://[::2]/hook']) {
      const hook = await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
        headers: starter,
        json: { url, events: ['message.received'] },
      });
      expect(hook.status, url).toBe(400);
    }
    for (const url of ['http://127.1:9/hook', 'http://[::ffff:127.0.0.1]:9/hook', 'http://localhost:9/hook']) {
      const hook = await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
        headers: starter,
        json: { url, events: ['message.received'] },
      });
      expect(hook.status, url).toBe(200);
    }
  });

  it('keeps the clock within what it can write, and every later request working', async () => {
    const far = await mock.admin('POST', '/clock', { advance_seconds: 1e15 });
    expect(far.status).toBe(400);
    expect((await mock.admin('POST', '/clock', { set: '+275760-09-13T00:00:00Z' })).status).toBe(400);
    expect((await mock.admin('POST', '/clock', { set: 'soon' })).status).toBe(400);
    expect((await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter })).status).toBe(200);
  });
});

describe('knowledge uploads', () => {
  it('answer other requests while a large upload is indexed', async () => {
    const mock = await createTestMock();
    const order: string[] = [];
    const content = 'shipping refund parcel warranty '.repeat(40_000); // 1,280,000 characters
    const upload = mock.asyntai
      .call('post', '/asyntai/api/v1/knowledge/text/', {
        headers: bearer(DEMO.asyntai.pro),
        json: { title: 'big', content },
      })
      .then((r) => order.push(`upload ${r.status}`));
    await new Promise((r) => setImmediate(r));
    await mock.asyntai
      .call('get', '/asyntai/api/v1/account/', { headers: starter })
      .then((r) => order.push(`account ${r.status}`));
    await upload;
    expect(order).toEqual(['account 200', 'upload 200']);
  });

  it('cannot both spend the same daily allowance when two run at once', async () => {
    const mock = await createTestMock();
    const send = () =>
      mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
        headers: starter,
        json: { title: 'half', content: 'z '.repeat(30_000) },
      });
    const statuses = (await Promise.all([send(), send()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 429]);
  });

  it('refuse an over-cap upload whole, storing nothing', async () => {
    const mock = await createTestMock();
    const content = '我'.repeat(2_000_000);
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: 'too much', content },
    });
    expect(res.status).toBe(429);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter })).body.entries.map(
        (e: any) => e.title,
      ),
    ).not.toContain('too much');
  });
});
