import { describe, expect, it } from 'vitest';
import type { RawEntry } from '../../src/core/journal-entry.js';
import { Journal } from '../../src/core/journal.js';

const entry = (i: number, over: Partial<RawEntry> = {}): RawEntry => ({
  atMs: Date.UTC(2026, 0, 1) + i,
  method: 'POST',
  path: `/asyntai/api/v1/chat/?n=${i}`,
  form: 'mount',
  status: 200,
  operationId: 'asyntaiChat',
  vendor: 'asyntai',
  principal: `client ${i}`,
  session: `s${i}`,
  durationMs: 1.25,
  requestHeaders: ['Content-Type', 'application/json', 'X-Trace', 'a', 'x-trace', 'b'],
  requestBody: { text: `{"message":"héllo ${i}"}`, total: 21, contentType: 'application/json' },
  responseHeaders: ['content-type', 'application/json'],
  responseText: `{"n":${i}}`,
  streamed: false,
  stage: 'dispatch',
  ...over,
});

describe('Journal', () => {
  it('reads back the last `capacity` entries as recorded, newest first, whatever their sizes', () => {
    const journal = new Journal(5);
    // Bodies large enough that the store must grow while it keeps the five newest.
    for (let i = 1; i <= 40; i++)
      journal.record(entry(i, { responseText: `{"n":${i},"pad":"${'€'.repeat(i * 997)}"}` }));
    const read = journal.entries();
    expect(read.map((e) => e.seq)).toEqual([40, 39, 38, 37, 36]);
    const [newest] = read;
    expect(newest).toMatchObject({
      method: 'POST',
      path: '/asyntai/api/v1/chat/?n=40',
      status: 200,
      operationId: 'asyntaiChat',
      vendor: 'asyntai',
      principal: 'client 40',
      session: 's40',
      durationMs: 1.25,
      at: new Date(Date.UTC(2026, 0, 1) + 40).toISOString(),
      request: { headers: { 'content-type': 'application/json', 'x-trace': 'a, b' }, body: '{"message":"héllo 40"}' },
    });
    // An answer past the length kept whole is cut as before, saying how much more there was.
    const length = `{"n":40,"pad":"${'€'.repeat(40 * 997)}"}`.length;
    expect(newest.response.body).toBe(`{"n":40,"pad":"${'€'.repeat(4096 - 15)}… (${length - 4096} more)`);
    expect(journal.count({ session: 's38' })).toBe(1);
    expect(journal.count({ session: 's35' })).toBe(0);
  });

  it('keeps what few entries have: violations, the fault, notes, a streamed answer, no body', () => {
    const journal = new Journal(3);
    journal.record(
      entry(1, {
        status: 400,
        stage: 'validate',
        violations: () => ['body.message: is required'],
        fault: { id: 7, type: 'status' },
        notes: ['rows past the plan were left out'],
        requestBody: undefined,
        responseText: undefined,
        streamed: true,
        principal: undefined,
      }),
    );
    const [e] = journal.entries();
    expect(e).toMatchObject({
      violations: ['body.message: is required'],
      fault: { id: 7, type: 'status' },
      notes: ['rows past the plan were left out'],
      response: { body: '(an event stream, not kept)' },
    });
    expect(e.principal).toBeUndefined();
    expect(e.request.body).toBeUndefined();
    journal.clear();
    expect(journal.entries()).toEqual([]);
  });
});
