import type { IncomingMessage } from 'node:http';
import { joinBytes } from '../core/read-capped.js';

/**
 * A request body's bytes straight from node:http, or undefined as soon as more than `max`
 * arrive (the rest is left unread; the 413 closes the connection). The same contract as
 * core/read-capped.ts on a web stream, without building a Fetch Request and its stream.
 */
export function readIncoming(incoming: IncomingMessage, max: number): Promise<Uint8Array | undefined> {
  if (incoming.readableEnded) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const settle = (finish: () => void) => {
      incoming.off('data', onData).off('end', onEnd).off('close', onClose);
      finish();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void parts.push(chunk);
      incoming.pause();
      settle(() => resolve(undefined));
    };
    const onEnd = () => settle(() => resolve(joinBytes(parts, size)));
    // No 'error' listener: node emits a request's error only to one, and 'close' follows
    // any end but a clean one (a listener fewer on every request).
    const onClose = () => settle(() => reject(new Error('Client connection prematurely closed.')));
    incoming.on('data', onData).on('end', onEnd).on('close', onClose);
  });
}
