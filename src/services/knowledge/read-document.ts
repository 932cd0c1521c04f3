import { yieldToEventLoop } from '../../core/yield.js';
import { KnowledgeInputError } from './ingest.js';
class DocumentError extends KnowledgeInputError {}

const DOCUMENT_TYPES = ['txt', 'md', 'pdf'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const isDocumentType = (t: string): t is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(t);

/**
 * The text of a knowledge file: UTF-8 for txt and md, pdf-parse (pdf.js, runs on Node 20)
 * for PDF. Empty, undecodable and broken files throw DocumentError, worded for the client.
 */
export async function readDocument(file: File, type: DocumentType): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength === 0) throw new DocumentError('The file is empty');
  const text = type === 'pdf' ? await pdfText(bytes) : decodeText(bytes, type);
  if (text.trim() === '') throw new DocumentError(`No text could be extracted from the ${type} file`);
  return text.trim();
}

function decodeText(bytes: Uint8Array, type: DocumentType): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('NUL byte');
    return text;
  } catch {
    throw new DocumentError(`The file is not valid UTF-8 ${type} text`);
  }
}

/** What a PDF upload answers when the optional pdf-parse package is not installed. */
const PDF_NOT_INSTALLED =
  'PDF text extraction is not installed in this mock: add the optional pdf-parse package (npm install pdf-parse@^2)';

/** A PDF is read up to this many pages and this much text; the rest is left out (docs/fidelity.md). */
export const PDF_LIMITS = { pages: 500, chars: 1_000_000 };

/**
 * A PDF's text, page by page with yields between pages, stopping at PDF_LIMITS: a small
 * file can expand to tens of megabytes of text (153 KB to 50 MB, measured), which read at
 * once held the event loop for 77 s and became 30,000 chunks.
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46))
    throw new DocumentError('The file is not a PDF (it does not start with %PDF)');
  // Loaded on first use, off the start-up path; an optional peer dependency (88 MB with
  // pdf.js and its canvas), so a project that never uploads PDFs need not install it.
  const { PDFParse } = await import('pdf-parse').catch(() => {
    throw new DocumentError(PDF_NOT_INSTALLED);
  });
  const parser = new PDFParse({ data: bytes });
  try {
    const pages: string[] = [];
    let chars = 0;
    let total = 1;
    for (let page = 1; page <= Math.min(total, PDF_LIMITS.pages) && chars < PDF_LIMITS.chars; page++) {
      const result = await parser.getText({ partial: [page] });
      total = result.total;
      const text = result.pages.map((p) => p.text).join('\n');
      pages.push(text.slice(0, PDF_LIMITS.chars - chars));
      chars += text.length;
      await yieldToEventLoop();
    }
    return pages.join('\n\n');
  } catch (e) {
    throw new DocumentError(`The PDF could not be read: ${(e as Error).message}`);
  } finally {
    await parser.destroy();
  }
}
