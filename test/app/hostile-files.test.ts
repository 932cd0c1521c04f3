import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAGE_LIMITS } from '../../src/services/knowledge/fetch-page.js';
import { PDF_LIMITS } from '../../src/services/knowledge/read-document.js';
import { orgScope } from '../../src/vendors/companin/model.js';
import { makePagedPdf } from '../support/pdf.js';
import { DEMO, bearer, companinKeys, createTestMock, type TestMock, ownVisits } from '../support/mock.js';

const starter = bearer(DEMO.asyntai.starter);
let mock: TestMock;
beforeEach(async () => {
  mock = await createTestMock();
});

describe('pages that misbehave on the wire', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const html = { 'content-type': 'text/html' };
      switch (req.url) {
        case '/to-data':
          return void res.writeHead(302, { location: 'data:text/html,<p>smuggled text</p>' }).end();
        case '/reset':
          res.writeHead(200, html);
          res.write('<p>half a page');
          return void setImmediate(() => res.socket?.destroy());
        case '/short':
          res.writeHead(200, { ...html, 'content-length': '5000' });
          res.write('<p>short</p>');
          return void setImmediate(() => res.socket?.destroy());
        case '/bad-gzip':
          return void res.writeHead(200, { ...html, 'content-encoding': 'gzip' }).end('this is not gzip at all');
        case '/stall':
          return void res.writeHead(200, html); // and nothing more
        case '/nested':
          return void res
            .writeHead(200, html)
            .end(`${'<div>'.repeat(32_000)}<p>Deep answer.</p>${'</div>'.repeat(32_000)}`);
        case '/nested-2mb':
          return void res.writeHead(200, html).end(`<p>Top text.</p>${'<div>'.repeat(400_000)}`);
        default:
          res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  const add = (url: string) =>
    mock.asyntai.call('post', '/asyntai/api/v1/knowledge/url/', { headers: starter, json: { url } });

  it('are 400s in the vendor shape, never 500s, and store nothing', async () => {
    expect((await add(`${base}/to-data`)).body.error).toMatch(/only http and https are fetched \(data:\)/);
    expect((await add(`${base}/reset`)).body.error).toMatch(/could not be read to its end/);
    expect((await add(`${base}/short`)).body.error).toMatch(/could not be read to its end/);
    expect((await add(`${base}/bad-gzip`)).body.error).toMatch(/could not be read to its end/);
    const timeout = PAGE_LIMITS.timeoutMs;
    PAGE_LIMITS.timeoutMs = 300;
    try {
      expect((await add(`${base}/stall`)).body.error).toMatch(/timed out/);
    } finally {
      PAGE_LIMITS.timeoutMs = timeout;
    }
    expect(
      (await mock.asyntai.call('get', '/asyntai/api/v1/knowledge/', { headers: starter })).body.entries,
    ).toHaveLength(2);
  });

  it('extract text from deeply nested pages in linear time', async () => {
    expect((await add(`${base}/nested`)).status).toBe(200);
    expect((await add(`${base}/nested-2mb`)).status).toBe(200);
    const answer = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'deep answer?' },
    });
    expect(answer.body.response).toMatch(/Deep answer/);
  });
});

describe('spreadsheets past the cap', () => {
  const upload = (name: string, body: BlobPart) => {
    const form = new FormData();
    form.append('file', new File([body], name));
    return mock.asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: starter, form });
  };

  it("read a CSV only as far as the plan's rows", async () => {
    const csv = ['sku,name', ...Array.from({ length: 200_000 }, (_, i) => `${i},item ${i}`)].join('\n');
    const res = await upload('big.csv', csv);
    expect(res.body).toMatchObject({ success: true, rows_processed: 500, chunks_created: 500 });
  });

  it('refuse an .xlsx whose zip declares more than it may unpack to, before unpacking it', async () => {
    // An end-of-central-directory record after one entry that claims 100 MB uncompressed.
    const entry = new Uint8Array(46 + 15);
    const view = new DataView(entry.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(24, 100 * 1024 * 1024, true);
    view.setUint16(28, 15, true);
    entry.set(new TextEncoder().encode('xl/sheet1.xml  '), 46);
    const end = new Uint8Array(22);
    const endView = new DataView(end.buffer);
    endView.setUint32(0, 0x06054b50, true);
    endView.setUint16(10, 1, true);
    endView.setUint32(16, 0, true);
    const res = await upload('bomb.xlsx', new Blob([entry, end]));
    expect([res.status, res.body.error]).toEqual([400, 'The .xlsx file unpacks to more than 33554432 bytes']);
    expect((await upload('junk.xlsx', 'not a zip')).body.error).toMatch(/not a zip archive/);
  });
});

describe('a large .xlsx', () => {
  it('is parsed off the event loop: other requests are answered meanwhile', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [
      { value: `SKU-${i}` },
      { value: `A product with a longer name ${i}` },
    ]);
    const xlsx = await writeXlsxFile([[{ value: 'sku' }, { value: 'name' }], ...rows]).toBuffer();
    const form = new FormData();
    form.append('file', new File([new Uint8Array(xlsx)], 'catalogue.xlsx'));
    const order: string[] = [];
    const upload = mock.asyntai
      .call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: bearer(DEMO.asyntai.pro), form })
      .then((r) => order.push(`upload ${r.status} ${r.body.rows_processed}`));
    await new Promise((r) => setImmediate(r));
    await mock.asyntai
      .call('get', '/asyntai/api/v1/account/', { headers: starter })
      .then((r) => order.push(`account ${r.status}`));
    await upload;
    expect(order).toEqual(['account 200', 'upload 200 10000']);
  });
});

describe('PDFs past the page limit', () => {
  it(`keep the first ${PDF_LIMITS.pages} pages and leave the rest out`, async () => {
    const form = new FormData();
    form.append('title', 'Manual');
    form.append('file_type', 'pdf');
    form.append('file', new File([await makePagedPdf(PDF_LIMITS.pages + 20)], 'manual.pdf'));
    const res = await mock.companin.call('post', '/companin/api/v1/knowledge/files/', { headers: companinKeys, form });
    expect(res.status).toBe(201);
    const text = mock.app.runtime.knowledge
      .inScope(orgScope('org_1'))
      .filter((c) => c.entryId === res.body.data.id)
      .map((c) => c.text)
      .join('\n');
    expect(text).toContain(`Page ${PDF_LIMITS.pages} of the manual`);
    expect(text).not.toContain(`Page ${PDF_LIMITS.pages + 1} of the manual`);
  });
});

describe('chat messages at the length cap', () => {
  it('are answered quickly and find no lead in 10,000 letters or digits', async () => {
    for (const message of ['a'.repeat(10_000), '1'.repeat(10_000), 'a.'.repeat(5_000)]) {
      const res = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
        headers: starter,
        json: { message, session_id: 'long' },
      });
      expect(res.status).toBe(200);
    }
    expect(
      ownVisits((await mock.asyntai.call('get', '/asyntai/api/v1/leads/', { headers: starter })).body.leads),
    ).toEqual([]);
    const over = await mock.asyntai.call('post', '/asyntai/api/v1/chat/', {
      headers: starter,
      json: { message: 'a'.repeat(10_001) },
    });
    expect(over.status).toBe(400);
  });
});
