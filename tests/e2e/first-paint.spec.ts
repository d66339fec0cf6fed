import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { holdRoute } from './hold';
import { NotebookPage } from './notebook-page';
import { serveSynthetic } from './synthetic';

// the worker's script is held back below; the app's own service worker would fetch it past the route
test.use({ serviceWorkers: 'block' });

test('a first visit paints the published plan’s values before the engine is ready', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	const release = await holdRoute(page.context(), '**/workers/*.js');
	await page.goto('/t/jindong-14th');
	// computed in advance and shipped with the data set: on screen with no engine at all
	await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	await expect(nb.cell('gdp', 'status')).toHaveText('进度正常');
	await expect(page.getByRole('status').filter({ hasText: '预先算好' })).toBeVisible();
	// editing waits for the engine, and then works
	release();
	await nb.computed();
	await nb.type('gdp', 'assumed', '6');
	await expect(nb.cell('gdp', 'projected')).toHaveText('445');
});

test('the table’s files are on their way before the data set’s index has answered', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	const release = await holdRoute(page.context(), '**/data/index.json');
	const asked = new Set<string>();
	page.context().on('request', (r) => asked.add(new URL(r.url()).pathname));
	await page.goto('/t/jindong-14th');
	await expect
		.poll(() =>
			['/data/jindong-14th.json', '/data/computed/jindong-14th.json'].filter((p) => asked.has(p))
		)
		.toHaveLength(2);
	release();
	await nb.computed();
	await expect(nb.cell('gdp', 'projected')).toHaveText('500');
});

test('a request for persistent storage the browser never answers holds up nothing', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	await page.addInitScript(() => {
		// as while a browser asks the user for permission and the user has not answered
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persist', { value: () => new Promise(() => {}) });
	});
	await page.goto('/t/jindong-14th');
	await nb.computed();
	await nb.type('gdp', 'assumed', '6');
	await expect(nb.cell('gdp', 'projected')).toHaveText('445');
});

const seed = JSON.parse(
	readFileSync(new URL('../../static/data/jindong-14th.json', import.meta.url), 'utf8')
) as { indicators: { id: string }[]; areas: unknown[] };
/** ui/fill.svelte.ts: the rows a grid renders at once, and those of a longer grid's first slice. */
const WHOLE = 60;
const FIRST_SLICE = 8;
/** Longer than that, short enough not to be windowed (ui/row-window). */
const longer = syntheticTable({ indicators: 150, seed: 11 });

/** Records each set of rows the grid has shown, in order. */
function recordBatches(): void {
	const w = window as unknown as { __batches: string[][] };
	w.__batches = [];
	new MutationObserver(() => {
		const ids = [...document.querySelectorAll('tr[data-id]')].map((r) =>
			r.getAttribute('data-id')!
		);
		const last = w.__batches.at(-1);
		if (ids.length && ids.join() !== last?.join()) w.__batches.push(ids);
	}).observe(document, { childList: true, subtree: true });
}

/** Records when the first projected value enters the DOM (read back by `valuesTime`). */
function recordValuesTime(): void {
	const w = window as unknown as { __values: number | null };
	w.__values = null;
	const mo = new MutationObserver(() => {
		const cell = document.querySelector('tr[data-id] td[data-key="projected"]');
		if (!cell || !/\d/.test(cell.textContent ?? '')) return;
		w.__values = performance.now();
		mo.disconnect();
	});
	mo.observe(document, { childList: true, subtree: true, characterData: true });
}

const valuesTime = (page: Page) =>
	page.evaluate(() => (window as unknown as { __values: number }).__values);

const batches = (page: Page) =>
	page.evaluate(() => (window as unknown as { __batches: string[][] }).__batches);

// Every frame painted after the first lays the page out and paints it again, so a short
// table paints whole at once; past the first slice, rows arrive a slice per frame, so no
// later task runs long: the top rows first, then the rest in order, until all are in.
test('a short table paints whole at once; a longer one shows its top rows first, the rest following in order', async ({
	page
}) => {
	await page.addInitScript(recordBatches);
	const nb = new NotebookPage(page);
	await nb.open();
	await expect(page.locator('tr[data-id]')).toHaveCount(seed.indicators.length);
	expect(seed.indicators.length + seed.areas.length).toBeLessThanOrEqual(WHOLE);
	expect(await batches(page)).toHaveLength(1);

	await page.goto(`/t/${await serveSynthetic(page, longer)}`);
	await nb.computed();
	await expect(page.locator('tr[data-id]')).toHaveCount(longer.indicators.length);
	const shown = (await batches(page)).filter((b) => b[0] === longer.indicators[0]!.id);
	const all = shown.at(-1)!;
	expect(all).toHaveLength(longer.indicators.length);
	expect(shown.length).toBeGreaterThan(1);
	expect(shown[0]!.length).toBeLessThanOrEqual(FIRST_SLICE);
	// each step adds rows below the ones shown, never above or between them
	for (const b of shown) expect(all.slice(0, b.length)).toEqual(b);
});

test('printing while rows still arrive prints every row', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __printed: number | null };
		w.__printed = null;
		const mo = new MutationObserver(() => {
			if (!document.querySelector('tr[data-id]')) return;
			mo.disconnect();
			dispatchEvent(new Event('beforeprint'));
			w.__printed = document.querySelectorAll('tr[data-id]').length;
		});
		mo.observe(document, { childList: true, subtree: true });
	});
	const nb = new NotebookPage(page);
	await page.goto(`/t/${await serveSynthetic(page, longer)}`);
	await nb.computed();
	const printed = await page.evaluate(
		() => (window as unknown as { __printed: number | null }).__printed
	);
	expect(printed).toBe(longer.indicators.length);
});

test('an edit typed on the head before the data set’s index has answered waits for the build, and holds', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	const release = await holdRoute(page.context(), '**/data/index.json');
	await page.goto('/t/jindong-14th');
	// the head paints without the index: the published plan's computed rows
	await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	await nb.type('gdp', 'assumed', '6');
	release();
	await nb.computed();
	await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
	await expect(nb.cell('gdp', 'projected')).toHaveText('445');
	await expect(nb.error).toHaveText('');
});

// Nothing contentful paints before the table: a frame painted first would leave the page
// blocked, with something on screen, while the rows render and lay out (app.html, NotebookView).
test('until the first table can paint, only a loading bar shows; the first contentful paint holds the values', async ({
	page
}) => {
	await page.addInitScript(recordValuesTime);
	const nb = new NotebookPage(page);
	const release = await holdRoute(page.context(), '**/data/**');
	await page.goto('/t/jindong-14th');
	await expect(page.getByRole('progressbar', { name: /正在加载/ })).toBeVisible();
	await page.waitForTimeout(300);
	const paints = () =>
		page.evaluate(() =>
			performance.getEntriesByType('paint').map((e) => [e.name, e.startTime] as const)
		);
	expect((await paints()).map(([n]) => n)).not.toContain('first-contentful-paint');
	await expect(page.getByRole('heading', { name: '规划指标笔记本' })).toHaveCount(0);
	release();
	await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: '规划指标笔记本' })).toBeVisible();
	const fcp = (await paints()).find(([n]) => n === 'first-contentful-paint')?.[1];
	const values = await valuesTime(page);
	expect(fcp).toBeDefined();
	expect(fcp!).toBeGreaterThanOrEqual(values);
});

test('a table that cannot load says why instead of the loading bar', async ({ page }) => {
	await page.route('**/data/**', (route) => route.fulfill({ status: 500, body: 'down' }));
	await page.goto('/t/jindong-14th');
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.getByRole('progressbar')).toHaveCount(0);
});

const HEAD = '/data/computed/jindong-14th.head.json';

/** Counts the requests for the seed table's head. */
function countHeads(page: Page): () => number {
	let n = 0;
	page.context().on('request', (r) => {
		if (new URL(r.url()).pathname === HEAD) n++;
	});
	return () => n;
}

// app.html asks for the head as the page starts; the app's own request is then answered by it.
test('a table’s first screenful is asked for before the scripts run, once, and only where it paints', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	const heads = countHeads(page);
	const release = await holdRoute(page.context(), '**/_app/immutable/entry/start.*.js');
	await page.goto('/t/jindong-14th', { waitUntil: 'commit' });
	await expect.poll(heads).toBe(1);
	release();
	await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	await nb.computed();
	expect(heads()).toBe(1);

	// a scenario of the analyst's own opens on this table: its rows, not the published ones, paint
	await page.evaluate(() => localStorage.setItem('pin.scenario.jindong-14th', 'mine'));
	await page.reload();
	await nb.computed();
	expect(heads()).toBe(1);
	// and a share link opens a scenario of its own
	await page.evaluate(() => localStorage.clear());
	await page.goto('about:blank');
	await page.goto('/t/jindong-14th#s1.x');
	await nb.computed();
	expect(heads()).toBe(1);
});

// Compiling the engine's script beside the head's first frame put the values on screen later
// (state/notebook.svelte.ts, init): the worker starts once that frame is drawn.
test('the engine’s worker starts once the head is on screen', async ({ page }) => {
	await page.addInitScript(recordValuesTime);
	const nb = new NotebookPage(page);
	await page.goto('/t/jindong-14th');
	await nb.computed();
	const values = await valuesTime(page);
	const worker = await page.evaluate(
		() =>
			performance.getEntriesByType('resource').find((e) => e.name.includes('/workers/'))?.startTime
	);
	expect(worker).toBeDefined();
	expect(worker!).toBeGreaterThan(values);
});
