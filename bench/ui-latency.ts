/**
 * Interaction latency benchmark (not a test): in Chromium with a 4× CPU slowdown, the time from a
 * keystroke to the updated headline figure, for a 360-month schedule, a 20-debt payoff plan and an APR
 * quote. Run after `npm run build`: `npm run bench:ui`. Prints medians and 90th percentiles.
 *
 * Method: the page records performance.now() at each keydown and at each change of the watched
 * element's data-value (MutationObserver); latency = change − keydown. Each keystroke alters the loan,
 * so every one must produce a new figure.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';

const PORT = Number(process.env.MZ_BENCH_PORT ?? 4330);
const BASE = `http://127.0.0.1:${PORT}`;
const SLOWDOWN = Number(process.env.MZ_SLOWDOWN ?? 4);
const KEYSTROKES = 21;

const debts = Array.from({ length: 20 }, (_, i) => `Debt ${i + 1}:${(1000 + i * 750).toFixed(0)}:${(6 + i).toFixed(0)}:${(40 + i * 5).toFixed(0)}`).join(';');
const SCENARIOS = [
  { name: 'schedule360', path: '/en/tools/schedule/#amount=1000000&months=360&method=equal-installment&annualPct=4.9', field: '#amount', watch: 'totalInterest', typed: '1000000' },
  { name: 'plan20', path: `/en/tools/payoff/#debts=${encodeURIComponent(debts)}&budget=3000&strategy=avalanche`, field: '#budget', watch: 'totalInterest', typed: '3000' },
  { name: 'apr', path: '/en/tools/apr/#amount=10000&months=12&method=flat-fee&monthlyFeePct=0.6', field: '#amount', watch: 'aprPct', typed: '10000' },
];

async function measure(page: Page, scenario: (typeof SCENARIOS)[number]): Promise<number[]> {
  await page.goto(BASE + scenario.path);
  await page.locator('astro-island').first().waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
  const watched = `[data-result="${scenario.watch}"]`;
  await page.locator(watched).first().waitFor({ timeout: 30_000 });
  await page.evaluate((selector) => {
    const w = window as unknown as { keys: number[]; changes: number[] };
    w.keys = [];
    w.changes = [];
    document.addEventListener('keydown', () => w.keys.push(performance.now()), true);
    let last = document.querySelector(selector)?.getAttribute('data-value');
    new MutationObserver(() => {
      const now = document.querySelector(selector)?.getAttribute('data-value');
      if (now !== undefined && now !== null && now !== last) {
        last = now;
        w.changes.push(performance.now());
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value'] });
  }, watched);
  const input = page.locator(scenario.field);
  await input.click();
  await input.press('End');
  // The End key above is a keydown too: forget it, so keystroke n is keys[n].
  await page.evaluate(() => {
    (window as unknown as { keys: number[] }).keys = [];
  });
  const latencies: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    // Alternate: append a digit, then delete it, so every keystroke changes the loan.
    await input.press(i % 2 === 0 ? String((i % 9) + 1) : 'Backspace');
    const latency = await page.waitForFunction(
      (n) => {
        const w = window as unknown as { keys: number[]; changes: number[] };
        const key = w.keys[n];
        const change = w.changes.find((c) => key !== undefined && c >= key);
        return key !== undefined && change !== undefined ? change - key : false;
      },
      i,
      { timeout: 30_000 },
    );
    latencies.push(Number(await latency.jsonValue()));
    await page.evaluate(() => {
      const w = window as unknown as { changes: number[] };
      w.changes = [];
    });
    await page.waitForTimeout(400); // let deferred work (tables, charts) settle between keystrokes
  }
  return latencies.slice(1); // the first keystroke also warms up the JIT
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] as number;

const server = spawn(process.execPath, ['scripts/serve-dist.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  const summary: string[] = [];
  for (const scenario of SCENARIOS) {
    const latencies = await measure(page, scenario);
    const line = `${scenario.name}: median ${quantile(latencies, 0.5).toFixed(1)} ms, p90 ${quantile(latencies, 0.9).toFixed(1)} ms (${latencies.length} keystrokes, ${SLOWDOWN}x CPU slowdown)`;
    console.log(line);
    summary.push(`${scenario.name} ${quantile(latencies, 0.5).toFixed(1)} ms`);
  }
  console.log(`ui-latency: ${summary.join(', ')} (median keystroke → figure, ${SLOWDOWN}x slowdown; target ≤ 50 ms)`);
  await browser.close();
} finally {
  server.kill();
}
