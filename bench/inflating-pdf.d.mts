/** See inflating-pdf.mjs. */
export function makeInflatingPdf(opts: {
  pages: number;
  inflatedBytes: number;
  shared?: boolean;
  fill?: 'spaces' | 'text' | 'operators';
}): Uint8Array<ArrayBuffer>;
