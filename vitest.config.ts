import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Several files start servers and browsers; one at a time keeps timings and rate limits apart.
    fileParallelism: false,
    // The contracts run through the shipped command (`npm run contracts`, and after `npm test`).
    projects: [{ test: { name: 'unit', include: ['test/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 60_000 } }],
  },
});
