import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssertingSpecClient, type SpecResponse } from '../../contracts/support/asserting-spec-client.js';
import { startNodeServer, type RunningServer } from '../../src/adapters/node-server.js';
import { createMockApp } from '../../src/create-app.js';
import { WORKER_LIMITS } from '../../src/services/knowledge/document-worker.js';
import { PDF_LIMITS } from '../../src/services/knowledge/read-document.js';
import { DEMO } from '../../src/vendors/index.js';
import { makeInflatingPdf } from '../support/pdf.js';

// Through the Node server: what a hostile document costs is measured by the other
// requests the same process answers meanwhile.
let server: RunningServer;
let companin: AssertingSpecClient;
let asyntai: AssertingSpecClient;
beforeAll(async () => {
  server = await startNodeServer(await createMockApp({ clock: 'frozen' }), { port: 0 });
  companin = new AssertingSpecClient('/companin', `${server.url}/companin`);
  asyntai = new AssertingSpecClient('/asyntai', `${server.url}/asyntai`);
});
afterAll(() => server.close());

const MIB = 1024 * 1024;
const keys = { 'x-api-key': DEMO.companin.clientId, 'x-api-secret': DEMO.companin.clientSecret };
const pro = { authorization: `Bearer ${DEMO.asyntai.pro}` };

function uploadPdf(pdf: Uint8Array): Promise<SpecResponse> {
  const form = new FormData();
  form.append('title', 'Manual');
  form.append('file_type', 'pdf');
  form.append('file', new File([new Uint8Array(pdf)], 'manual.pdf'));
  return companin.call('post', '/companin/api/v1/knowledge/files/', { headers: keys, form });
}

/** Runs `upload` while the account is asked for; says which answered first. */
async function whileUploading(upload: Promise<SpecResponse>): Promise<{ order: string[]; res: SpecResponse }> {
  const order: string[] = [];
  const done = upload.then((res) => (order.push('upload'), res));
  await asyntai
    .call('get', '/asyntai/api/v1/account/', { headers: pro })
    .then((r) => order.push(`account ${r.status}`));
  return { order, res: await done };
}

const knowledgeCount = async () =>
  ((await (await fetch(`${server.url}/__admin/census`)).json()) as { knowledge: { entries: number } }).knowledge
    .entries;

describe('a PDF whose streams inflate past the caps', () => {
  it('is refused with 400 naming the per-page cap, before any text is read, and stores nothing', async () => {
    const before = await knowledgeCount();
    const pdf = makeInflatingPdf({ pages: 1, inflatedBytes: 40 * MIB });
    expect(pdf.byteLength).toBeLessThan(100_000);
    const { order, res } = await whileUploading(uploadPdf(pdf));
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe(
      'Page 1 of the PDF inflates to more than 16 MiB; the mock reads at most that much a page',
    );
    expect(order).toEqual(['account 200', 'upload']);
    expect(await knowledgeCount()).toBe(before);
  });

  it('counts a stream shared by many pages once a page, and refuses past the per-file cap', async () => {
    const pdf = makeInflatingPdf({ pages: 2000, inflatedBytes: 185 * 1024, shared: true });
    const { order, res } = await whileUploading(uploadPdf(pdf));
    expect([res.status, res.body.detail]).toEqual([
      400,
      'The PDF inflates to more than 64 MiB (its first pages); the mock reads at most that much',
    ]);
    expect(order).toEqual(['account 200', 'upload']);
  });

  it('reads a PDF just under the caps', async () => {
    const pdf = makeInflatingPdf({ pages: 3, inflatedBytes: PDF_LIMITS.pageInflatedBytes - 1024 });
    const res = await uploadPdf(pdf);
    expect(res.status).toBe(201);
  });
});

describe('the reading worker', () => {
  it('is stopped at its deadline: 400 naming it, and other requests answered meanwhile', async () => {
    const deadline = WORKER_LIMITS.deadlineSeconds;
    WORKER_LIMITS.deadlineSeconds = 0.3;
    try {
      // Under every inflation cap, but each page is thousands of operators for pdf.js to parse.
      const pdf = makeInflatingPdf({ pages: 400, inflatedBytes: 120 * 1024, fill: 'operators' });
      const { order, res } = await whileUploading(uploadPdf(pdf));
      expect([res.status, res.body.detail]).toEqual([400, 'The PDF took longer than 0.3 s to read']);
      expect(order).toEqual(['account 200', 'upload']);
    } finally {
      WORKER_LIMITS.deadlineSeconds = deadline;
    }
  });

  it('is stopped at its memory limit: 400 naming it', async () => {
    const memory = WORKER_LIMITS.memoryMb;
    WORKER_LIMITS.memoryMb = 8;
    try {
      const res = await uploadPdf(makeInflatingPdf({ pages: 1, inflatedBytes: 12 * MIB, fill: 'text' }));
      expect([res.status, res.body.detail]).toEqual([400, 'The PDF needs more than 8 MB of memory to read']);
    } finally {
      WORKER_LIMITS.memoryMb = memory;
    }
  });

  it('reads a large .xlsx under the memory limit and keeps only the rows the plan takes', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [{ value: `SKU-${i}` }, { value: `Item ${i}` }]);
    const xlsx = await writeXlsxFile([[{ value: 'sku' }, { value: 'name' }], ...rows]).toBuffer();
    const form = new FormData();
    form.append('file', new File([new Uint8Array(xlsx)], 'catalogue.xlsx'));
    const upload = asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', {
      headers: { authorization: `Bearer ${DEMO.asyntai.standard}` },
      form,
    });
    const { order, res } = await whileUploading(upload);
    expect(res.body).toMatchObject({ success: true, rows_processed: 2000 });
    expect(order).toEqual(['account 200', 'upload']);
  });

  it('refuses an .xlsx the worker cannot read within its memory, naming the limit', async () => {
    const memory = WORKER_LIMITS.memoryMb;
    WORKER_LIMITS.memoryMb = 4;
    try {
      const rows = Array.from({ length: 30_000 }, (_, i) => [{ value: `SKU-${i}` }, { value: `Item ${i}` }]);
      const xlsx = await writeXlsxFile([[{ value: 'sku' }, { value: 'name' }], ...rows]).toBuffer();
      const form = new FormData();
      form.append('file', new File([new Uint8Array(xlsx)], 'catalogue.xlsx'));
      const res = await asyntai.call('post', '/asyntai/api/v1/knowledge/spreadsheet/', { headers: pro, form });
      expect([res.status, res.body.error]).toEqual([400, 'The .xlsx file needs more than 4 MB of memory to read']);
    } finally {
      WORKER_LIMITS.memoryMb = memory;
    }
  });
});
