import { NOTE_HEADER } from '../../src/app/stages/dispatch.js';
import { createServer, type Server } from 'node:http';
import writeXlsxFile from 'write-excel-file/node';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO, bearer, createTestMock, type TestMock, ownVisits } from '../support/mock.js';
import { websiteScope } from '../../src/vendors/asyntai/state.js';

const starter = bearer(DEMO.asyntai.starter);
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

describe('asyntai auth', () => {
  it('accepts Authorization: Bearer and X-API-Key', async () => {
    expect((await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter })).status).toBe(200);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: { 'x-api-key': DEMO.asyntai.starter } }))
        .status,
    ).toBe(200);
  });

  it('answers 401 {success:false, error} for a missing or wrong key', async () => {
    const missing = await mock.asyntai.call('get', '/asyntai/api/v1/websites/');
    expect(missing.status).toBe(401);
    expect(missing.body.success).toBe(false);
    const wrong = await mock.asyntai.call('get', '/asyntai/api/v1/websites/', { headers: bearer('asy_nope') });
    expect(wrong.body).toEqual({ success: false, error: 'Invalid API key' });
  });

  it('refuses the Free plan with 403: the API needs Starter or higher', async () => {
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: bearer(DEMO.asyntai.free),
      json: { message: 'hi' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/Starter/);
  });
});

describe('asyntai chat, sessions and conversations', () => {
  it('keeps history per session, discloses AI on the first reply only, and lists the session', async () => {
    const first = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'What are your business hours?', session_id: 'user_123' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ success: true, session_id: 'user_123' });
    expect(first.body.ai_disclosure).toEqual(expect.any(String));
    const second = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'Thanks!', session_id: 'user_123' },
    });
    expect(second.body.ai_disclosure).toBeUndefined();

    const convo = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: starter,
      query: { session_id: 'user_123' },
    });
    expect(convo.body.messages.map((m: any) => [m.role, m.content.slice(0, 8)])).toEqual([
      ['user', 'What are'],
      ['assistant', first.body.response.slice(0, 8)],
      ['user', 'Thanks!'],
      ['assistant', second.body.response.slice(0, 8)],
    ]);
    const limited = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: starter,
      query: { session_id: 'user_123', limit: 2 },
    });
    expect(limited.body.messages.map((m: any) => m.content)).toEqual(['Thanks!', second.body.response]);

    const sessions = await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: starter });
    expect(sessions.body.sessions[0]).toMatchObject({
      session_id: 'user_123',
      source: 'api',
      message_count: 4,
      first_message: 'What are your business hours?',
    });
  });

  it('makes up a session id when none is sent, and keeps accounts apart', async () => {
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'hello' },
    });
    expect(res.body.session_id).toMatch(/^session_[0-9a-f]{12}$/);
    const other = await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
      headers: bearer(DEMO.asyntai.pro),
      query: { session_id: res.body.session_id },
    });
    expect(other.status).toBe(404);
  });

  it('answers from the website knowledge', async () => {
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'What is your return policy for items?' },
    });
    expect(res.body.response).toMatch(/30-day return policy/);
  });

  it('filters sessions by website and source, newest activity first, within limit', async () => {
    for (const [sid, website_id] of [
      ['a', 1],
      ['b', 2],
      ['c', 1],
    ] as const) {
      await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
        headers: starter,
        json: { message: `hi ${sid}`, session_id: sid, website_id },
      });
    }
    await mock.app.runtime.clock.advance(60);
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'again', session_id: 'a' },
    });
    const all = await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: starter });
    expect(ownVisits(all.body.sessions).map((s: any) => s.session_id)).toEqual(['a', 'c', 'b']);
    const site1 = await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', {
      headers: starter,
      query: { website_id: '1', limit: 1 },
    });
    expect(site1.body.sessions.map((s: any) => s.session_id)).toEqual(['a']);
    const widget = await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', {
      headers: starter,
      query: { source: 'widget' },
    });
    // Only the demo data's visits came through the widget; these three came through the API.
    expect(widget.body.sessions.map((s: any) => s.source)).toEqual(['widget', 'widget', 'widget']);
    expect(ownVisits(widget.body.sessions)).toEqual([]);
  });

  it('404s a website of another account, and a session that does not exist', async () => {
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'hi', website_id: 30 },
    });
    expect(res.status).toBe(404);
    expect(
      (
        await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
          headers: starter,
          query: { session_id: 'nope' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/sessions/', { headers: starter, query: { website_id: '30' } }))
        .status,
    ).toBe(404);
  });

  it('counts messages for the account and stops at the monthly limit with 429, storing nothing', async () => {
    expect(
      (await mock.admin('PUT', `/asyntai/accounts/${DEMO.asyntai.starter}/usage`, { messages_used: 2500 })).status,
    ).toBe(200);
    const refused = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'one more', session_id: 'late' },
    });
    expect(refused.status).toBe(429);
    expect(
      (
        await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
          headers: starter,
          query: { session_id: 'late' },
        })
      ).status,
    ).toBe(404);
    await mock.admin('POST', '/clock', { set: '2025-07-01T00:00:00Z' });
    expect(
      (await mock.asyntai.call('post', '/asyntai/api/v1/chat/', { headers: starter, json: { message: 'new month' } }))
        .status,
    ).toBe(200);
    const account = await mock.asyntai.call('get', '/asyntai/api/v1/account/', { headers: starter });
    expect(account.body.account).toMatchObject({ plan: 'starter', messages_used: 1, messages_limit: 2500 });
  });

  it('answers 503 while the AI is faulted, and stores nothing', async () => {
    await mock.admin('POST', '/faults', { vendor: 'asyntai', type: 'ai_unavailable', times: 1 });
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'hi', session_id: 'f' },
    });
    expect(res.status).toBe(503);
    expect(
      (
        await mock.asyntai.call('get', '/asyntai/api/v1/conversations/', {
          headers: starter,
          query: { session_id: 'f' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
          headers: starter,
          json: { message: 'hi', session_id: 'f' },
        })
      ).status,
    ).toBe(200);
  });
});

describe('asyntai leads', () => {
  it('turns an email in a message into a lead, filterable by email and since', async () => {
    await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'mail me at jo+test@example.org', session_id: 's1' },
    });
    const leads = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter });
    expect(ownVisits(leads.body.leads)).toEqual([
      {
        session_id: 's1',
        email: 'jo+test@example.org',
        phone: null,
        page_url: null,
        started_at: mock.app.runtime.clock.iso().replace('.000Z', 'Z'),
      },
    ]);
    const byEmail = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', {
      headers: starter,
      query: { email: 'jo+test@example.org' },
    });
    expect(byEmail.body.leads).toHaveLength(1);
    const later = await mock.asyntai.call('get', '/asyntai/api/v1/leads/', {
      headers: starter,
      query: { since: '2030-01-01T00:00:00Z' },
    });
    expect(later.body.leads).toEqual([]);
  });
});

describe('asyntai knowledge', () => {
  it('adds text, lists it newest first with a word count, and deletes it (404 the second time)', async () => {
    const added = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
      headers: starter,
      json: { title: 'Shipping', content: 'We ship worldwide within three business days.', website_id: '1' },
    });
    expect(added.body).toMatchObject({ success: true, title: 'Shipping', chunks_created: 1 });
    const list = await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter });
    expect(list.body.entries[0]).toMatchObject({
      id: added.body.id,
      type: 'text',
      title: 'Shipping',
      description: 'Manual text content (7 words)',
    });
    const answer = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'do you ship worldwide?' },
    });
    expect(answer.body.response).toMatch(/ship worldwide/);

    expect(
      (
        await mock.asyntai.call('delete', '/asyntai/api/v1/knowledge/{id}/', {
          headers: starter,
          params: { id: added.body.id },
        })
      ).body,
    ).toEqual({ success: true, message: 'Knowledge base entry deleted' });
    expect(
      (
        await mock.asyntai.call('delete', '/asyntai/api/v1/knowledge/{id}/', {
          headers: starter,
          params: { id: added.body.id },
        })
      ).status,
    ).toBe(404);
    const after = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'do you ship worldwide?' },
    });
    expect(after.body.response).not.toMatch(/ship worldwide/);
  });

  it('refuses content under 10 characters and a website of another account', async () => {
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
          headers: starter,
          json: { title: 't', content: 'short' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/text/', {
          headers: starter,
          json: { title: 't', content: 'long enough content', website_id: 30 },
        })
      ).status,
    ).toBe(404);
  });

  it('reads a CSV upload, one chunk per row, truncated to the plan rows', async () => {
    const rows = ['name,price', ...Array.from({ length: 510 }, (_, i) => `Widget ${i},${i}.00`)].join('\n');
    const form = new FormData();
    form.append('file', new File([rows], 'products.csv', { type: 'text/csv' }));
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form });
    expect(res.body).toMatchObject({ success: true, title: 'products.csv', rows_processed: 500, chunks_created: 500 });
    // The vendor's body has no word for the rows left out: the mock's header and journal say so.
    const note = "rows past the plan's 500 were left out (rows_processed counts those kept)";
    expect(res.headers.get(NOTE_HEADER)).toBe(note);
    const [entry] = (await mock.admin('GET', '/journal?limit=1')).body.entries;
    expect(entry.notes).toEqual([note]);
    // Within the cap nothing is said.
    const small = new FormData();
    small.append('file', new File(['name,price\nWidget,1.00'], 'small.csv', { type: 'text/csv' }));
    const kept = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', {
      headers: starter,
      form: small,
    });
    expect([kept.body.rows_processed, kept.headers.get(NOTE_HEADER)]).toEqual([1, null]);
  });

  it('reads an XLSX upload: header row, then one "Header: value" chunk per row', async () => {
    const xlsx = await writeXlsxFile([
      [{ value: 'Product' }, { value: 'Price' }, { value: 'Notes' }],
      [{ value: 'Green tea' }, { value: 3 }, { value: 'Organic' }],
      [{ value: 'Espresso' }, { value: 4.5 }, { value: undefined }],
    ]).toBuffer();
    const form = new FormData();
    form.append('file', new File([new Uint8Array(xlsx)], 'menu.xlsx'));
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form });
    expect(res.body).toMatchObject({ success: true, title: 'menu.xlsx', rows_processed: 2, chunks_created: 2 });
    const chunks = mock.app.runtime.knowledge
      .inScope(websiteScope(1))
      .filter((c) => c.entryId === res.body.id)
      .map((c) => c.text);
    expect(chunks).toEqual(['Product: Green tea\nPrice: 3\nNotes: Organic', 'Product: Espresso\nPrice: 4.5']);
    const list = await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter });
    expect(list.body.entries[0]).toMatchObject({ type: 'spreadsheet', title: 'menu.xlsx' });
  });

  it('answers 400 for a broken CSV', async () => {
    const form = new FormData();
    form.append('file', new File(['name,notes\nTea,"never closed\nCoffee,ok'], 'broken.csv'));
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form });
    expect([res.status, res.body.error]).toEqual([400, expect.stringMatching(/not a valid CSV file/)]);
  });

  it('answers 400 for a broken .xlsx', async () => {
    const form = new FormData();
    form.append('file', new File(['PK not really a zip'], 'broken.xlsx'));
    const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form });
    expect([res.status, res.body.error]).toEqual([400, expect.stringMatching(/not a valid \.xlsx/)]);
  });

  it('refuses an unsupported, empty or missing spreadsheet with 400', async () => {
    for (const file of [new File(['x'], 'notes.txt'), new File([], 'empty.csv')]) {
      const form = new FormData();
      form.append('file', file);
      expect(
        (await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form })).status,
      ).toBe(400);
    }
    const none = new FormData();
    none.append('website_id', '1');
    const missing = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', {
      headers: starter,
      form: none,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/^file: /);
  });

  describe('from a URL', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/faq') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(
            '<html><head><title>FAQ - Example</title><script>var x=1</script></head><body><nav>Menu</nav>' +
              '<main><h1>FAQ</h1><p>Gift cards never expire.</p></main></body></html>',
          );
        } else if (req.url === '/data.json') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{}');
        } else {
          res.writeHead(404).end();
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('fetches the page for real and extracts title and main text', async () => {
      const res = await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', {
        headers: starter,
        json: { url: `${base}/faq` },
      });
      expect(res.body).toMatchObject({ success: true, title: 'FAQ - Example', url: `${base}/faq`, chunks_created: 1 });
      const chat = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
        headers: starter,
        json: { message: 'do gift cards expire?' },
      });
      expect(chat.body.response).toMatch(/Gift cards never expire/);
      expect(chat.body.response).not.toMatch(/Menu|var x/);
    });

    it('answers 400 for a page that is not HTML or not there', async () => {
      expect(
        (
          await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', {
            headers: starter,
            json: { url: `${base}/data.json` },
          })
        ).status,
      ).toBe(400);
      expect(
        (
          await mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', {
            headers: starter,
            json: { url: `${base}/missing` },
          })
        ).status,
      ).toBe(400);
    });
  });
});

describe('asyntai webhooks', () => {
  it('creates with a whsec_ secret shown once, lists without it, deletes (404 the second time)', async () => {
    const created = await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
      headers: starter,
      json: { url: 'https://example.com/hook', events: ['message.received'] },
    });
    expect(created.body.webhook.secret).toMatch(/^whsec_[0-9a-f]{32}$/);
    const list = await mock.asyntai.call('get', '/asyntai/api/v1/webhooks/', { headers: starter });
    expect(list.body.webhooks).toEqual([
      {
        id: created.body.webhook.id,
        url: 'https://example.com/hook',
        events: ['message.received'],
        is_active: true,
        created_at: expect.any(String),
      },
    ]);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
    expect(
      (
        await mock.asyntai.call('delete', '/asyntai/api/v1/webhooks/{id}/', {
          headers: starter,
          params: { id: created.body.webhook.id },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await mock.asyntai.call('delete', '/asyntai/api/v1/webhooks/{id}/', {
          headers: starter,
          params: { id: created.body.webhook.id },
        })
      ).status,
    ).toBe(404);
  });

  it('refuses plain http except to loopback, and unknown events', async () => {
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
          headers: starter,
          json: { url: 'http://example.com/hook', events: ['message.received'] },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
          headers: starter,
          json: { url: 'http://127.0.0.1:9/hook', events: ['message.received'] },
        })
      ).status,
    ).toBe(200);
    const bad = await mock.asyntai.call('post', '/asyntai/api/v1/webhooks/', {
      headers: starter,
      json: { url: 'https://example.com/h', events: ['message.sent' as never] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/events\.0/);
  });
});
