import { defineConfig } from 'vitest/config';
import { selectedEngines } from './test/browsers/index.mjs';

// Browser tests: every test file runs in each engine (Chromium, Firefox ESR, WebKitGTK; all
// from Debian; EXEC_CELL_ENGINES=firefox,webkit picks some), as a project named after it,
// against a real Jupyter server and the built dist/. The global setup starts what is shared
// once; test files run two at a time (CI machines have two cores).
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // A flaky browser test is a bug to fix, not to hide: no retries.
    retry: 0,
    projects: selectedEngines().map((engine) => ({
      extends: true,
      test: {
        name: engine,
        include: ['test/e2e/**/*.e2e.ts'],
        globalSetup: ['test/e2e/global-setup.ts'],
        provide: { engine },
      },
    })),
  },
});
