/**
 * Draws the app icons (public/icons/*.png) from their SVGs with headless Chromium, the browser the tests use.
 * Run by hand after changing an icon (`npx tsx scripts/make-icons.ts`); the PNGs are committed.
 * The maskable icon fills its square and keeps the mark inside the central circle launchers may crop to.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const ICONS = [
  { svg: 'public/icons/icon.svg', size: 192, out: 'public/icons/icon-192.png' },
  { svg: 'public/icons/icon.svg', size: 512, out: 'public/icons/icon-512.png' },
  { svg: 'src/offline/icons/icon-maskable.svg', size: 512, out: 'public/icons/icon-maskable-512.png' },
];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const page = await browser.newPage();
for (const { svg, size, out } of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  const source = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
  await page.setContent(`<body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body>`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`${out}: ${size}×${size}`);
}
await browser.close();
