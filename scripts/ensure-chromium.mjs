// Makes sure the browser tests have Debian's Chromium and CJK fonts (Playwright's own browser download
// cannot work on our machines). Installs them with apt-get when we are root or may sudo; otherwise says what
// to install, in one sentence, and fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
const hasCjkFonts = spawnSync('sh', ['-c', 'fc-list :lang=zh family 2>/dev/null | grep -qi "noto"']).status === 0;
if (hasChromium && hasCjkFonts) process.exit(0);

const packages = [!hasChromium && 'chromium', !hasCjkFonts && 'fonts-noto-cjk'].filter(Boolean);
const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const aptAvailable = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (!aptAvailable || (!isRoot && !canSudo)) {
  if (!hasChromium) {
    console.error(`Browser tests need Chromium: install it (Debian: sudo apt-get install chromium fonts-noto-cjk) or set CHROME_PATH to a Chromium binary.`);
    process.exit(1);
  }
  // Fonts only change screenshots, not test results: warn and go on.
  console.warn('Chinese fonts (fonts-noto-cjk) are missing: screenshots will show boxes for Chinese text.');
  process.exit(0);
}

const sudo = isRoot ? [] : ['sudo', '-n'];
const run = (args) => execFileSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
console.log(`Installing ${packages.join(' and ')} with apt-get (needed by the browser tests)…`);
run([...sudo, 'apt-get', 'update', '-qq'].filter(Boolean));
run([...sudo, 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages].filter(Boolean));
if (!existsSync(chromium)) {
  console.error(`apt-get finished but ${chromium} is still missing; set CHROME_PATH to your Chromium binary.`);
  process.exit(1);
}
