import { defineConfig } from 'vitest/config';

// Unit, property and i18n tests run in Node; browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: ['tests/{unit,property,vectors}/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a loaded 2-core CI machine 5 s is not enough headroom.
    testTimeout: 30_000,
    setupFiles: ['tests/setup/fast-check.ts'],
  },
});
