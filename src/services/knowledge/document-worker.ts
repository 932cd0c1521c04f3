import { Worker } from 'node:worker_threads';
import { KnowledgeInputError } from './ingest.js';

/** What a document worker may use before it is stopped (docs/fidelity.md, `x-document-limits`). */
export const WORKER_LIMITS = { memoryMb: 256, deadlineSeconds: 20, concurrent: 2 };

class WorkerLimitError extends KnowledgeInputError {}

let running = 0;
const waiting: (() => void)[] = [];

/** At most WORKER_LIMITS.concurrent workers at once: each may hold its memory limit. */
async function slot(): Promise<() => void> {
  if (running >= WORKER_LIMITS.concurrent) await new Promise<void>((r) => waiting.push(r));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * Runs `code` (a CommonJS worker script that posts `{ result }` or `{ error }` once) on a
 * worker thread with a heap limit and a deadline: a document the parser chokes on stops
 * the worker, never the server, and its upload is refused naming the limit it passed.
 * `what` names the document in those sentences ("The PDF", "The .xlsx file").
 */
export async function runDocumentWorker<T>(
  code: string,
  workerData: unknown,
  transferList: ArrayBuffer[],
  what: string,
): Promise<T> {
  const release = await slot();
  const worker = new Worker(code, {
    eval: true,
    workerData,
    transferList,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.memoryMb, maxYoungGenerationSizeMb: 32 },
    // pdf.js warns on stdout about fonts it cannot map; the client's answer says what matters.
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  try {
    return await new Promise<T>((resolve, reject) => {
      const deadline = setTimeout(
        () => reject(new WorkerLimitError(`${what} took longer than ${WORKER_LIMITS.deadlineSeconds} s to read`)),
        WORKER_LIMITS.deadlineSeconds * 1000,
      );
      const settle = (finish: () => void) => {
        clearTimeout(deadline);
        finish();
      };
      worker.once('message', (m: { result?: T; error?: string }) =>
        settle(() => (m.error === undefined ? resolve(m.result as T) : reject(new Error(m.error)))),
      );
      worker.once('error', (e: NodeJS.ErrnoException) =>
        settle(() =>
          reject(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new WorkerLimitError(`${what} needs more than ${WORKER_LIMITS.memoryMb} MB of memory to read`)
              : e,
          ),
        ),
      );
      worker.once('exit', () => settle(() => reject(new Error(`the reader stopped before ${what} was read`))));
    });
  } finally {
    void worker.terminate();
    release();
  }
}
