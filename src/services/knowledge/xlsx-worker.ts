import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { runDocumentWorker } from './document-worker.js';
import { keptRows } from './sheet-rows.js';

/**
 * The worker: reads the sheet with read-excel-file and posts back at most `keep` non-blank
 * rows as strings, so the server's thread never clones or walks the rest. Evaluated code,
 * so the CLI bundle needs no separate worker file.
 */
const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const keptRows = ${keptRows.toString()};
import(workerData.moduleUrl)
  .then(async (m) => {
    const readSheet = m.readSheet ?? m.default?.readSheet;
    parentPort.postMessage({ result: keptRows(await readSheet(workerData.buffer), workerData.keep) });
  })
  .catch((e) => parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) }));
`;

/**
 * An .xlsx sheet's first `keep` non-blank rows, parsed on a worker thread with a heap limit
 * and a deadline (document-worker.ts): read-excel-file parses a whole sheet at once (188,000
 * rows took 11.6 s and 647 MB on the server's thread). Node only; the browser build parses
 * in the page.
 */
export function readXlsxInWorker(bytes: Uint8Array, keep: number): Promise<string[][]> {
  const moduleUrl = pathToFileURL(createRequire(import.meta.url).resolve('read-excel-file/universal')).href;
  const buffer = bytes.slice().buffer;
  return runDocumentWorker<string[][]>(CODE, { moduleUrl, buffer, keep }, [buffer], 'The .xlsx file');
}
