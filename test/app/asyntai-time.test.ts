import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stamp, stampMs } from '../../src/vendors/asyntai/time.js';

const reference = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

describe("Asyntai's timestamps", () => {
  it('read as the ISO text to the second, in any order of instants and any year, and back', () => {
    const instant = fc.oneof(
      fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
      // Runs of nearby seconds, as a conversation makes them.
      fc.integer({ min: 1_700_000_000_000, max: 1_700_000_200_000 }),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 30 }), (instants) => {
        for (const ms of instants) {
          const text = stamp(ms);
          expect(text).toBe(reference(ms));
          expect(stampMs(text)).toBe(Date.parse(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
