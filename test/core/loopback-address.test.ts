import { describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../src/core/loopback.js';

describe('isLoopbackAddress', () => {
  it("takes a socket's loopback addresses, IPv4-mapped ones too, and nothing else", () => {
    for (const ip of ['127.0.0.1', '127.5.6.7', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(ip), ip).toBe(true);
    for (const ip of ['10.213.7.2', '::ffff:10.0.0.1', '::2', '0.0.0.0', 'localhost', '127.0.0.1.evil', '', undefined])
      expect(isLoopbackAddress(ip), String(ip)).toBe(false);
  });
});
