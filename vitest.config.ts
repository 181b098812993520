import { defineConfig } from 'vitest/config';

// Unit tests: pure modules only (filter, output model, config, dedent). Everything that
// needs a browser is an e2e test under test/e2e/ with its own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The filter's property tests run thousands of generated cases: seconds when the machine
    // is quiet, more on a loaded 2-core one. A bound still catches a hang.
    testTimeout: 30_000,
  },
});
