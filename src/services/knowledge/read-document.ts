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

const MIB = 1024 * 1024;

/**
 * A PDF is read up to this many pages and this much text, the rest left out; its pages may
 * inflate to this much, one and all, or it is refused (docs/fidelity.md, `x-document-limits`).
 */
export const PDF_LIMITS = { pages: 500, chars: 1_000_000, pageInflatedBytes: 16 * MIB, inflatedBytes: 64 * MIB };

/**
 * A PDF's text, read off the main thread with its inflation counted first (pdf-worker.ts):
 * a 154 KB file can inflate to 40 MB on one page, and read in the server's own thread held
 * every other request for 22 s.
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46))
    throw new DocumentError('The file is not a PDF (it does not start with %PDF)');
  // Loaded on first use, off the start-up path; a stub in the browser build.
  const { readPdfInWorker, PdfRefusal } = await import('./pdf-worker.js');
  if (!readPdfInWorker) throw new DocumentError('PDF text extraction is not available in the browser build');
  try {
    return await readPdfInWorker(bytes, PDF_LIMITS, PDF_NOT_INSTALLED);
  } catch (e) {
    if (e instanceof KnowledgeInputError) throw e;
    if (e instanceof PdfRefusal) throw new DocumentError(e.message);
    throw new DocumentError(`The PDF could not be read: ${(e as Error).message}`);
  }
}
