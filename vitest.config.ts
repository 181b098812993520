import { defineConfig } from 'vitest/config';

// Unit tests: pure modules only (filter, output model, config, dedent). Everything that
// needs a browser is an e2e test under test/e2e/ with its own config.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
