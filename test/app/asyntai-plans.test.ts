import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_LIMITS } from '../../src/services/knowledge/fetch-page.js';
import { DEMO, bearer, createTestMock, type TestMock, ownVisits } from '../support/mock.js';

const starter = bearer(DEMO.asyntai.starter);
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

describe('asyntai leads', () => {
  it('records email and E.164 phone from different messages on one lead, newest lead first', async () => {
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'my email is ana@example.com', session_id: 'a' },
    });
    await mock.app.runtime.clock.advance(60);
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'reach me on +44 20 7946 0958', session_id: 'b' },
    });
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'or call (415) 555-2671', session_id: 'a' },
    });
    const leads = ownVisits(
      (await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter })).body.leads,
    );
    expect(leads).toEqual([
      { session_id: 'b', email: null, phone: '+442079460958', page_url: null, started_at: '2025-06-02T09:01:00Z' },
      {
        session_id: 'a',
        email: 'ana@example.com',
        phone: '+14155552671',
        page_url: null,
        started_at: '2025-06-02T09:00:00Z',
      },
    ]);
    const since = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', {
      headers: starter,
      query: { since: '2025-06-02T09:00:30Z', limit: 10 },
    });
    expect(since.body.leads.map((l: any) => l.session_id)).toEqual(['b']);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter, query: { website_id: '2' } })).body
        .leads,
    ).toEqual([]);
  });

  it('matches email= only when a + is percent-encoded, as a query string decodes + to a space', async () => {
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'jo+shop@example.org', session_id: 'p' },
    });
    expect(
      (await mock.asyntai.callAnything('GET', '/api/v1/leads/?email=jo%2Bshop%40example.org', { headers: starter }))
        .body.leads,
    ).toHaveLength(1);
    expect(
      (await mock.asyntai.callAnything('GET', '/api/v1/leads/?email=jo+shop@example.org', { headers: starter })).body
        .leads,
    ).toHaveLength(0);
  });
});

describe('asyntai chat in other languages', () => {
  it('answers a Korean question from Korean knowledge', async () => {
    await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: {
        title: '환불 정책',
        content: '구매 후 14일 이내에 환불을 요청하실 수 있습니다. 제품은 사용하지 않은 상태여야 합니다.',
      },
    });
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: '환불은 언제까지 요청할 수 있나요?' },
    });
    expect(res.body.response).toBe(
      '구매 후 14일 이내에 환불을 요청하실 수 있습니다. 제품은 사용하지 않은 상태여야 합니다.',
    );
  });

  it('welcomes a greeting', async () => {
    expect(
      (await mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message: 'Hello!' } })).body
        .response,
    ).toBe('Hello! How can I help you today?');
  });

  it('counts words of CJK text in the knowledge description', async () => {
    await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: '營業時間', content: '我們的營業時間是週一至週五。' },
    });
    const [entry] = (await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter })).body.entries;
    expect(entry.description).toMatch(/^Manual text content \([1-9]\d* words\)$/);
    expect(entry.description).not.toBe('Manual text content (1 words)');
  });
});

describe('asyntai daily upload limit', () => {
  const text = (n: number) => 'x'.repeat(n - 1) + '.';

  it('refuses the upload that would pass 100,000 characters today (Starter), whole; allows it tomorrow', async () => {
    const ok = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: 'big', content: text(60_000) },
    });
    expect(ok.status).toBe(200);
    const before = (await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter })).body.entries
      .length;
    const refused = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: 'too big', content: text(40_001) },
    });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(/Daily upload limit reached.*100000 characters per day \(60000 used today\)/);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter })).body.entries.length,
    ).toBe(before);
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
          headers: starter,
          json: { title: 'fits', content: text(40_000) },
        })
      ).status,
    ).toBe(200);
    await mock.admin('POST', '/clock', { set: '2025-06-03T00:00:00Z' });
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
          headers: starter,
          json: { title: 'tomorrow', content: text(40_001) },
        })
      ).status,
    ).toBe(200);
  });

  it('counts spreadsheets and pages too, with the Standard and Pro caps', async () => {
    const rows = ['q,a', ...Array.from({ length: 1100 }, (_, i) => `question ${i},${'y'.repeat(400)}`)].join('\n');
    const form = () => {
      const f = new FormData();
      f.append('file', new File([rows], 'faq.csv'));
      return f;
    };
    const standard = bearer(DEMO.asyntai.standard);
    const first = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', {
      headers: standard,
      form: form(),
    });
    expect(first.body.rows_processed).toBe(1100);
    expect(
      (await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: standard, form: form() }))
        .status,
    ).toBe(429);
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', {
          headers: bearer(DEMO.asyntai.pro),
          form: form(),
        })
      ).status,
    ).toBe(200);
  });
});

describe('asyntai spreadsheet rows per plan', () => {
  it.each([
    [DEMO.asyntai.standard, 2_000],
    [DEMO.asyntai.pro, 10_000],
  ])("truncates to the plan's rows (%s: %i)", async (key, cap) => {
    const csv = ['n', ...Array.from({ length: cap + 5 }, (_, i) => `${i}`)].join('\n');
    const form = new FormData();
    form.append('file', new File([csv], 'n.csv'));
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', {
      headers: bearer(key),
      form,
    });
    expect(res.body).toMatchObject({ rows_processed: cap, chunks_created: cap });
  });
});

describe('asyntai page fetching limits', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const hop = /^\/hop\/(\d+)$/.exec(req.url ?? '');
      if (hop) {
        const n = Number(hop[1]);
        if (n === 0)
          return void res
            .writeHead(200, { 'content-type': 'text/html' })
            .end('<title>Arrived</title><p>Redirect target text.</p>');
        return void res.writeHead(302, { location: `/hop/${n - 1}` }).end();
      }
      if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return void res.end(`<p>${'z'.repeat(PAGE_LIMITS.maxBytes + 10)}</p>`);
      }
      if (req.url === '/empty')
        return void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body><script>1</script></body></html>');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const add = (url: string) =>
    mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', { headers: starter, json: { url } });

  it('follows up to five redirects and keeps the requested URL', async () => {
    const res = await add(`${base}/hop/5`);
    expect(res.body).toMatchObject({ title: 'Arrived', url: `${base}/hop/5` });
  });

  it('answers 400 past five redirects, past the size cap, and for a page with no text', async () => {
    expect((await add(`${base}/hop/6`)).body.error).toMatch(/too many redirects/);
    expect((await add(`${base}/huge`)).body.error).toMatch(/larger than/);
    expect((await add(`${base}/empty`)).body.error).toMatch(/No text could be extracted/);
    expect((await add('http://127.0.0.1:9/closed')).body.error).toMatch(/unreachable/);
  });
});
