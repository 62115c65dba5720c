// ESLint: typescript-eslint's strict rules on the TypeScript, the recommended rules on the
// scripts, and no-unsanitized on what ships (src/): page markup reaches a document only through
// src/core/sanitize.ts. Tests and benches build their fixtures from markup on purpose, in jsdom
// or in a test page. Formatting is Prettier's (`npm run format`).
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/e2e/artifacts/', 'scratch/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strict],
    rules: {
      // tsconfig has noUncheckedIndexedAccess, so every index read is typed "maybe undefined",
      // bounds-checked or not; `!` there states an invariant the loop already holds.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  { files: ['src/**'], ...noUnsanitized.configs.recommended },
  {
    languageOptions: {
      // Browser and Node scripts, and code that end-to-end tests run inside an extension page.
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions, __TEST_HOOKS__: 'readonly' },
    },
  },
);
