import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e` (scripts/e2e.sh): browser tests against the built dist/ with the
 * system Chromium (tests/e2e). Needs a built site and Chromium (scripts/install-browser.sh).
 * Test files run one after another: the machine has 2 cores and Chromium uses both.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
