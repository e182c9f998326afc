import { defineConfig } from 'vitest/config';

// The one test command for the whole workspace: each package is a project with its own
// settings (environment, timeouts); `pnpm test` at the root runs all of them.
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: ['policies', 'sensors', 'collector', 'console', 'extension', 'test'],
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
  },
});
