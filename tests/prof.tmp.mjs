import { chromium } from '@playwright/test';
const table = process.argv[2] ?? 'synthetic-10000';
const mode = process.argv[3] ?? 'load';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
if (mode === 'load') await cdp.send('Profiler.start');
await page.goto(`http://localhost:4177/t/${table}`);
await page.getByTestId('summary').waitFor({ timeout: 120000 });
if (mode === 'global') {
  await cdp.send('Profiler.start');
  const d = page.getByTestId('assumption-deflator');
  for (const v of ['3%', '4%', '5%']) { await d.fill(v); await d.press('Enter'); await page.waitForTimeout(1500); }
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), total = new Map();
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const n = byId.get(id); self.set(name(n), (self.get(name(n)) ?? 0) + dt);
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const k = name(byId.get(cur)); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + dt); } cur = parent.get(cur); }
});
const show = (m, label) => { console.log('--', label); for (const [k, us] of [...m.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((us / 1000).toFixed(1).padStart(8), 'ms', k); };
show(self, 'self'); show(total, 'total');
await browser.close();
