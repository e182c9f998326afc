import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium, real servers. One file at a time (2 cores), generous timeouts.
export default defineConfig({
  test: { name: 'test', include: ['e2e/**/*.test.ts', 'fixtures/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
});
