/**
 * Splits text into chunks of at most CHUNK_SIZE characters, on paragraph, then sentence,
 * then hard boundaries. 500 characters keeps a chunk a quotable answer.
 */
const CHUNK_SIZE = 500;

export function chunkText(text: string, size = CHUNK_SIZE): string[] {
  const clean = text.replace(/\r\n?/g, '\n').trim();
  if (!clean) return [];
  const pieces = clean.split(/\n\s*\n/).flatMap((p) => (p.length <= size ? [p] : splitSentences(p, size)));
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (joined.length <= size) current = joined;
    else {
      if (current) chunks.push(current);
      current = piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function splitSentences(paragraph: string, size: number): string[] {
  const sentences = paragraph.match(/[^.!?。!?]+[.!?。!?]*\s*/g) ?? [paragraph];
  const out: string[] = [];
  let current = '';
  for (const s of sentences) {
    if ((current + s).length <= size) current += s;
    else {
      if (current) out.push(current.trim());
      current = s;
      while (current.length > size) {
        out.push(current.slice(0, size));
        current = current.slice(size);
      }
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
