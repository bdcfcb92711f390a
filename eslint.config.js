// @ts-check
/**
 * ESLint for TypeScript, JavaScript and Astro components: the recommended rules of ESLint,
 * typescript-eslint and eslint-plugin-astro, with no warnings allowed (`npm run lint` runs
 * with --max-warnings 0 and is part of `npm run check`). Formatting is Prettier's job.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a deliberately unused binding (destructuring that drops a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Code that runs in the browser.
    files: ['src/client/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
