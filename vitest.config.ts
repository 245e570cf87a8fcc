import { defineConfig } from 'vitest/config';

// Unit, property and i18n tests run in Node; browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    include: ['tests/{unit,property,vectors}/**/*.test.ts'],
    environment: 'node',
  },
});
