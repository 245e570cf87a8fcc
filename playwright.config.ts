import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built site (`npm run build` first), served by `astro preview`.
 * Debian's Chromium, not Playwright's download (which cannot work on our machines).
 */
const PORT = 4322; // not 4321, so a running `npm start` does not collide with the tests
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
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/zh-hans/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
