import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built site (`npm run build` first), served as a static host would (scripts/serve-dist.mjs).
 * Debian's Chromium, not Playwright's download (which cannot work on our machines).
 */
// Not 4321, so a running `npm start` does not collide with the tests; MZ_TEST_PORT lets two checkouts test at once.
const PORT = Number(process.env.MZ_TEST_PORT ?? 4322);
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A tool page's worker precaches the whole locale (~860 KiB) after load; only the specs about offline use allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/zh-hans/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
