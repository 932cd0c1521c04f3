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

async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46))
    throw new DocumentError('The file is not a PDF (it does not start with %PDF)');
  const { PDFParse } = await import('pdf-parse'); // loaded on first use, off the start-up path
  const parser = new PDFParse({ data: bytes });
  try {
    const { text } = await parser.getText();
    // pdf-parse marks page breaks with "-- n of m --"; they are not the document's text.
    return text.replace(/\n*-- \d+ of \d+ --\n*/g, '\n\n');
  } catch (e) {
    throw new DocumentError(`The PDF could not be read: ${(e as Error).message}`);
  } finally {
    await parser.destroy();
  }
}
