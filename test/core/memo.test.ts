import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/core/memo.js';

describe('Memo', () => {
  it('keeps the answers asked for lately and forgets the rest, within its size', () => {
    const memo = new Memo<string, number>(4);
    for (let i = 0; i < 100; i++) memo.set(`k${i}`, i);
    // The newest half of its size at least, and never more than its size.
    expect([memo.get('k99'), memo.get('k98')]).toEqual([99, 98]);
    const kept = Array.from({ length: 100 }, (_, i) => memo.get(`k${i}`)).filter((v) => v !== undefined);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeLessThanOrEqual(4);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(96);
  });

  it('keeps an answer that is asked for again while newer ones come', () => {
    const memo = new Memo<string, number>(4);
    memo.set('hot', 1);
    for (let i = 0; i < 50; i++) {
      memo.set(`cold${i}`, i);
      expect(memo.get('hot')).toBe(1);
    }
    expect(memo.get('cold0')).toBeUndefined();
  });

  it('forgets everything when cleared', () => {
    const memo = new Memo<string, number>(4);
    memo.set('a', 1);
    memo.clear();
    expect(memo.get('a')).toBeUndefined();
  });
});
