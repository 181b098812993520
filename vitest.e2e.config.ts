import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (Debian's), real Jupyter server, the built dist/. The global
// setup starts them once; test files run two at a time (CI machines have two cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // A flaky browser test is a bug to fix, not to hide: no retries.
    retry: 0,
  },
});
