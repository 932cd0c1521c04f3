import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker: reads the sheet with read-excel-file and posts its rows back (structured
 * clone keeps dates). Evaluated code, so the CLI bundle needs no separate worker file.
 */
const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.moduleUrl)
  .then(async (m) => {
    const readSheet = m.readSheet ?? m.default?.readSheet;
    parentPort.postMessage({ rows: await readSheet(workerData.buffer) });
  })
  .catch((e) => parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) }));
`;

/**
 * An .xlsx sheet's rows, parsed on a worker thread: read-excel-file parses a whole sheet at
 * once (10,000 rows held the event loop 0.5 s, 60,000 rows 1.3 s), and other requests must
 * be answered meanwhile. Node only; the browser build parses in the page.
 */
export function readXlsxInWorker(bytes: Uint8Array): Promise<unknown[][]> {
  const moduleUrl = pathToFileURL(createRequire(import.meta.url).resolve('read-excel-file/universal')).href;
  const buffer = bytes.slice().buffer;
  return new Promise((resolve, reject) => {
    const worker = new Worker(CODE, { eval: true, workerData: { moduleUrl, buffer }, transferList: [buffer] });
    worker.once('message', (m: { rows?: unknown[][]; error?: string }) => {
      void worker.terminate();
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(m.rows!);
    });
    worker.once('error', reject);
  });
}
