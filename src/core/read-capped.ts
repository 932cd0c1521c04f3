/**
 * A stream's bytes, or undefined as soon as more than `max` arrive (the stream is then
 * cancelled, and the rest never read). Errors on the stream are the caller's to word.
 */
export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array | undefined> {
  const reader = stream?.getReader();
  if (!reader) return new Uint8Array(0);
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    parts.push(value);
  }
  return joinBytes(parts, size);
}

/**
 * The parts as one array: the only part as it is, or a copy of its own. Not Buffer.concat:
 * a short result would be a view of node's shared 8 KB pool, which the journal, keeping
 * the body, would hold on to.
 */
export function joinBytes(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return all;
}
