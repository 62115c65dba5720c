import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Mirrors build.mjs: unit tests run the shipped code paths, without the e2e test relay.
  define: { __TEST_HOOKS__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
