import { chromium } from '@playwright/test';
const table = process.argv[2] ?? 'synthetic-10000';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', e => console.log('pageerror', e.message));
await page.addInitScript(() => {
  const mo = new MutationObserver(() => {
    const w = window;
    if (!w.__first && document.querySelector('tr[data-id]')) w.__first = performance.now();
    const s = document.querySelector('[data-testid="summary"]');
    if (!w.__done && s) w.__done = performance.now();
  });
  document.addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true }));
  new PerformanceObserver((l) => { for (const e of l.getEntries()) (window.__long ??= []).push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await page.goto(`http://localhost:4177/t/${table}`);
await page.getByTestId('summary').waitFor({ timeout: 120000 });
console.log(JSON.stringify(await page.evaluate(() => ({ first: Math.round(window.__first), done: Math.round(window.__done), long: window.__long }))));
const d = page.getByTestId('assumption-deflator');
for (const v of ['3%', '4%', '5%']) {
  await page.evaluate(() => { window.__long = []; });
  await d.fill(v); await d.press('Enter');
  await page.waitForTimeout(2000);
  console.log(v, JSON.stringify(await page.evaluate(() => window.__long)));
}
await browser.close();
