// Makes sure the browser tests have Debian's Chromium and CJK fonts (Playwright's own browser download
// cannot work on our machines). Installs them with apt-get when we are root or may sudo; otherwise says what
// to install, in one sentence, and fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canInstall } from './apt-install.mjs';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
const hasCjkFonts = spawnSync('sh', ['-c', 'fc-list :lang=zh family 2>/dev/null | grep -qi "noto"']).status === 0;
if (hasChromium && hasCjkFonts) process.exit(0);

const packages = [!hasChromium && 'chromium', !hasCjkFonts && 'fonts-noto-cjk'].filter(Boolean);
if (!canInstall()) {
  if (!hasChromium) {
    console.error(`Browser tests need Chromium: install it (Debian: sudo apt-get install chromium fonts-noto-cjk) or set CHROME_PATH to a Chromium binary.`);
    process.exit(1);
  }
  // Fonts only change screenshots, not test results: warn and go on.
  console.warn('Chinese fonts (fonts-noto-cjk) are missing: screenshots will show boxes for Chinese text.');
  process.exit(0);
}

aptInstall(packages, 'needed by the browser tests');
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing; set CHROME_PATH to your Chromium binary.`);
  process.exit(1);
}
