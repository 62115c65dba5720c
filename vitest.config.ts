import { defineConfig } from 'vitest/config';
import { viteLibraryPatches } from './scripts/library-patches.mjs';

export default defineConfig({
  plugins: [viteLibraryPatches],
  // Mirrors build.mjs: unit tests run the shipped code paths, without the e2e test relay.
  define: { __TEST_HOOKS__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Bundle Readability and DOMPurify through Vite so the library patches apply in tests too.
    server: { deps: { inline: ['@mozilla/readability', 'dompurify'] } },
    testTimeout: 20_000,
  },
});
