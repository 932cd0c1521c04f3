import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { runDocumentWorker } from './document-worker.js';
import { checkInflation, InflationRefusal } from './pdf-inflation.js';

export interface PdfLimits {
  pages: number;
  chars: number;
  pageInflatedBytes: number;
  inflatedBytes: number;
}

/** Posts the first pages' text, page by page, up to the limits. Evaluated, so no bundle needs a worker file. */
const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { PDFParse } = await import(workerData.moduleUrl);
  const { pages: maxPages, chars: maxChars } = workerData.limits;
  const parser = new PDFParse({ data: new Uint8Array(workerData.buffer) });
  try {
    const pages = [];
    let chars = 0;
    let total = 1;
    for (let page = 1; page <= Math.min(total, maxPages) && chars < maxChars; page++) {
      const result = await parser.getText({ partial: [page] });
      total = result.total;
      const text = result.pages.map((p) => p.text).join('\\n');
      pages.push(text.slice(0, maxChars - chars));
      chars += text.length;
    }
    parentPort.postMessage({ result: pages.join('\\n\\n') });
  } finally {
    await parser.destroy();
  }
})().catch((e) => parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) }));
`;

/** pdf-parse's entry, or undefined when the optional package is not installed. */
function pdfParseUrl(): string | undefined {
  try {
    return pathToFileURL(createRequire(import.meta.url).resolve('pdf-parse')).href;
  } catch {
    return undefined;
  }
}

export class PdfRefusal extends Error {}

/**
 * A PDF's text. What its first pages would inflate is counted first, on this thread in
 * time slices (pdf-inflation.ts); then pdf.js (pdf-parse) reads them on a worker with a
 * heap limit and a deadline (document-worker.ts). Node only; the browser build says PDFs
 * are not read there. Throws PdfRefusal for a file past a limit or not installed.
 */
export async function readPdfInWorker(bytes: Uint8Array, limits: PdfLimits, notInstalled: string): Promise<string> {
  const moduleUrl = pdfParseUrl();
  if (!moduleUrl) throw new PdfRefusal(notInstalled);
  try {
    await checkInflation(bytes, {
      pages: limits.pages,
      pageBytes: limits.pageInflatedBytes,
      fileBytes: limits.inflatedBytes,
    });
  } catch (e) {
    if (e instanceof InflationRefusal) throw new PdfRefusal(e.message);
    throw e;
  }
  const buffer = bytes.slice().buffer;
  return runDocumentWorker<string>(CODE, { moduleUrl, buffer, limits }, [buffer], 'The PDF');
}
