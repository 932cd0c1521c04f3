import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { writeSoon } from '../../src/adapters/write-answer.js';
import { jsonAnswer } from '../../src/app/answer.js';

/** Enough of node's response to see what was written to it. */
function response(throws = false) {
  const written: string[] = [];
  const res = {
    writeHead: (status: number) => {
      if (throws) throw new TypeError('Invalid character in header content');
      written.push(String(status));
      return res;
    },
    end: (text?: string) => void written.push(text ?? ''),
  };
  return { res: res as unknown as ServerResponse, written };
}

describe('writeSoon', () => {
  // Answers wait for the end of the loop's turn, and go out together: one that cannot be
  // written must not keep the others of its batch from going.
  it('writes the answers of one turn together after it, each on its own if another fails', async () => {
    const failures: unknown[] = [];
    const failed = (_res: ServerResponse, error: unknown) => void failures.push(error);
    const a = response();
    const bad = response(true);
    const b = response();
    writeSoon(a.res, jsonAnswer(200, { n: 1 }), failed);
    writeSoon(bad.res, jsonAnswer(200, { n: 2 }), failed);
    writeSoon(b.res, jsonAnswer(201, { n: 3 }), failed);
    expect(a.written).toEqual([]); // not in this turn
    await new Promise((turn) => setImmediate(turn));
    expect(a.written).toEqual(['200', '{"n":1}']);
    expect(b.written).toEqual(['201', '{"n":3}']);
    expect(failures).toHaveLength(1);
    // The next turn's answers form a batch of their own.
    const c = response();
    writeSoon(c.res, jsonAnswer(200, {}), failed);
    await new Promise((turn) => setImmediate(turn));
    expect(c.written).toEqual(['200', '{}']);
  });
});
