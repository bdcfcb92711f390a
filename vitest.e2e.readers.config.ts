import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the reader features (tests/e2e/readers*.test.ts) against a built dist/
 * with the system Chromium. Build first (SITE_URL=https://laoqu.example.org npx astro build),
 * then: npx vitest run --config vitest.e2e.readers.config.ts
 * Files run one after another: Chromium uses both cores of the CI machine.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/readers*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
