import type { ServerResponse } from 'node:http';
import type { Answer } from '../app/answer.js';

/**
 * Writes an answer to node's response in one `writeHead` and `end`, with its length: no
 * Fetch Response in between (docs/performance.md). An event stream is written event by
 * event as it comes, and cancelled when the client goes, so the vendor keeps what was said.
 * A dropped answer destroys the socket: the client sees the connection go, with no answer.
 */
export function writeAnswer(res: ServerResponse, answer: Answer): void | Promise<void> {
  if (answer.dropped) return void res.socket?.destroy();
  const headers = answer.headers.toObject();
  if (answer.stream) return writeStream(res, answer.status, headers, answer.stream);
  const text = answer.text;
  // A redirect has no body, but says so: a 204 or 304 may not carry the header at all.
  if (answer.status !== 204 && answer.status !== 304)
    headers['content-length'] = String(text ? Buffer.byteLength(text) : 0);
  res.writeHead(answer.status, headers);
  res.end(text);
}

/** Answers made in this turn of the event loop, written together at its end. */
let batch: { res: ServerResponse; answer: Answer; failed: (res: ServerResponse, error: unknown) => void }[] = [];

function writeBatch(): void {
  const due = batch;
  batch = [];
  for (const { res, answer, failed } of due)
    try {
      void writeAnswer(res, answer);
    } catch (error) {
      failed(res, error);
    }
}

/**
 * Writes an answer once the loop has read every request that was ready (a `setImmediate`,
 * after the poll phase), together with the others made meanwhile. A client on this machine
 * (a load test, a browser) is then woken once for a batch of answers rather than once for
 * each: each write that woke it was most of the server's system time, and the requests
 * read between writes ran slower after each one (docs/performance.md). The delay is the
 * rest of one turn of the loop.
 */
export function writeSoon(
  res: ServerResponse,
  answer: Answer,
  failed: (res: ServerResponse, error: unknown) => void,
): void {
  if (batch.push({ res, answer, failed }) === 1) setImmediate(writeBatch);
}

async function writeStream(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  stream: ReadableStream<Uint8Array>,
): Promise<void> {
  const reader = stream.getReader();
  let gone = false;
  const onClose = () => {
    gone = true;
    reader.cancel().catch(() => {});
  };
  res.once('close', onClose);
  res.writeHead(status, headers);
  res.flushHeaders();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || gone) break;
      if (!res.write(value)) await writable(res);
    }
    res.end();
  } catch {
    res.destroy();
  } finally {
    res.off('close', onClose);
  }
}

/** Resolves when the socket takes more, or is gone. */
function writable(res: ServerResponse): Promise<void> {
  return new Promise((resume) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resume();
    };
    res.on('drain', done).on('close', done);
  });
}
