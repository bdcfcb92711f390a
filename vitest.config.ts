import { defineConfig } from 'vitest/config';

/**
 * `npm test`: unit tests (src/lib, i18n), content tests (schemas and fixtures) and build
 * tests (assertions on a real dist/). The global setup builds the site once before the
 * build tests run; set SKIP_BUILD=1 to reuse an existing dist/.
 */
export default defineConfig({
  // Unit tests of the data layer read a stand-in for Astro's content module (tests/helpers/astro-content.ts).
  resolve: {
    alias: { 'astro:content': new URL('./tests/helpers/astro-content.ts', import.meta.url).pathname },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
