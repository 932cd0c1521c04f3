import { deflateSync } from 'node:zlib';

/**
 * A hand-written PDF whose pages' content streams inflate to `inflatedBytes` each (a line
 * of text, then filler, Flate-compressed up to ~1000:1): the hostile uploads of issue 21,
 * for the tests and `npm run bench:ingest` alike. With `shared`, every page uses one
 * stream, as the 1.85 MB file of 2,000 pages that pdf.js inflated once a page did.
 * @param {{ pages: number, inflatedBytes: number, shared?: boolean, fill?: 'spaces' | 'text' | 'operators' }} opts
 * @returns {Uint8Array}
 */
export function makeInflatingPdf(opts) {
  const parts = [];
  const offsets = [];
  let size = 0;
  const push = (b) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    size += buf.length;
  };
  const object = (num, body, stream) => {
    offsets[num] = size;
    push(`${num} 0 obj\n${body}\n`);
    if (stream) {
      push('stream\n');
      push(stream);
      push('\nendstream\n');
    }
    push('endobj\n');
  };
  // Spaces cost pdf.js nothing to read; text is one word an operator; `cm` draws nothing but is parsed.
  const op = Buffer.from(opts.fill === 'text' ? 'BT (word) Tj ET\n' : '1 0 0 1 0 0 cm\n', 'latin1');
  const content = (n) => {
    const text = Buffer.from(`BT /F1 12 Tf 50 700 Td (Inflating page ${n}) Tj ET\n`, 'latin1');
    const rest = Math.max(0, opts.inflatedBytes - text.length);
    const filler =
      opts.fill === 'text' || opts.fill === 'operators'
        ? Buffer.concat(Array.from({ length: Math.ceil(rest / op.length) }, () => op)).subarray(0, rest)
        : Buffer.alloc(rest, 0x20);
    return deflateSync(Buffer.concat([text, filler]));
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const first = 4;
  const streams = opts.shared ? 1 : opts.pages;
  const pageNum = (i) => first + streams + i;
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const kids = Array.from({ length: opts.pages }, (_, i) => `${pageNum(i)} 0 R`).join(' ');
  object(2, `<< /Type /Pages /Kids [${kids}] /Count ${opts.pages} >>`);
  object(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  for (let s = 0; s < streams; s++) {
    const data = content(s + 1);
    object(first + s, `<< /Length ${data.length} /Filter /FlateDecode >>`, data);
  }
  for (let i = 0; i < opts.pages; i++)
    object(
      pageNum(i),
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> ` +
        `/Contents ${first + (opts.shared ? 0 : i)} 0 R >>`,
    );
  const count = pageNum(opts.pages);
  const xref = size;
  push(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}
