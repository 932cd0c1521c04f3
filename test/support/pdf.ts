import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real PDF with one line of text per string (pdf-lib), for knowledge-file uploads. */
export async function makePdf(lines: string[]): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((text, i) => page.drawText(text, { x: 50, y: 740 - i * 18, size: 12, font }));
  return new Uint8Array(await doc.save());
}

/** A PDF of `count` pages, page n reading "Page n of the manual". */
export async function makePagedPdf(count: number): Promise<Uint8Array<ArrayBuffer>> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) doc.addPage().drawText(`Page ${n} of the manual`, { x: 50, y: 740, size: 12, font });
  return new Uint8Array(await doc.save());
}

export { makeInflatingPdf } from '../../bench/inflating-pdf.mjs';
