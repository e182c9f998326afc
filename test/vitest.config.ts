import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium, real servers. One file at a time (2 cores), generous timeouts.
export default defineConfig({
  test: {
    name: 'test',
    include: ['e2e/**/*.test.ts', 'fixtures/**/*.test.ts'],
    // Builds the extension once per run when its sources are newer than the build.
    globalSetup: ['helpers/build-extension.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
