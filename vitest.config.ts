import { defineConfig } from 'vitest/config';

// Unit tests: pure modules only (filter, output model, config, dedent). Everything that
// needs a browser is an e2e test under test/e2e/ with its own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // The property tests check thousands of generated texts (and the PHP twin on them): a few
    // seconds alone, over vitest's 5 s default on a loaded 2-core CI machine.
    testTimeout: 30_000,
  },
});
