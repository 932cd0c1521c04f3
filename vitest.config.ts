import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Contract files share one started mock per vendor target; keep them off each other's rate limits.
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], testTimeout: 20_000, hookTimeout: 60_000 } },
      {
        test: { name: 'contracts', include: ['contracts/**/*.contract.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
    ],
  },
});
