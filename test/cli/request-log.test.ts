import { describe, expect, it } from 'vitest';
import { jsonLine, prettyLine, requestLogger } from '../../src/cli/request-log.js';
import type { RequestLogEntry } from '../../src/app/request-log.js';

const refused: RequestLogEntry = {
  at: new Date('2026-12-03T21:55:03.123Z'),
  vendor: 'asyntai',
  method: 'POST',
  path: '/asyntai/api/v1/chat/',
  status: 429,
  durationMs: 1.234,
  operation: 'asyntaiChat',
  refusal: { by: 'limit', reason: 'Monthly message limit reached' },
};

describe('the request log', () => {
  it('is one plain line a request off a terminal, and coloured on one', () => {
    expect(prettyLine(refused, false)).toBe(
      '21:55:03.123 asyntai   POST    /asyntai/api/v1/chat/ 429 1.2ms asyntaiChat limit: Monthly message limit reached',
    );
    const coloured = prettyLine(refused, true);
    expect(coloured).toContain('\u001b[35m429\u001b[0m');
    expect(coloured.replaceAll(/\[\d+m/g, '').replaceAll('\u001b', '')).toBe(prettyLine(refused, false));
    expect(prettyLine({ ...refused, status: 0, refusal: { by: 'fault', reason: 'drop fault' } }, false)).toContain(
      ' drop 1.2ms asyntaiChat fault: drop fault',
    );
  });

  it('as JSON, an object a line with the refusal and notes', () => {
    expect(JSON.parse(jsonLine({ ...refused, notes: ['rows left out'] }))).toEqual({
      time: '2026-12-03T21:55:03.123Z',
      vendor: 'asyntai',
      method: 'POST',
      path: '/asyntai/api/v1/chat/',
      status: 429,
      duration_ms: 1.234,
      operation: 'asyntaiChat',
      refused_by: 'limit',
      reason: 'Monthly message limit reached',
      notes: ['rows left out'],
    });
  });

  it('leaves admin calls out unless asked, and writes nothing when quiet', () => {
    const lines: string[] = [];
    const write = (l: string) => lines.push(l);
    const admin = { ...refused, vendor: 'admin', admin: true, refusal: undefined, status: 200 };
    requestLogger('pretty', { admin: false, write, color: false })!(admin);
    expect(lines).toEqual([]);
    requestLogger('json', { admin: true, write, color: false })!(admin);
    expect(JSON.parse(lines[0]!)).toMatchObject({ vendor: 'admin', status: 200 });
    expect(requestLogger('quiet', { admin: true, write, color: false })).toBeUndefined();
  });
});
