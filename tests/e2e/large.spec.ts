import { expect, test } from '@playwright/test';
import type { PlanTable } from '../../src/lib/model/table';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { publishedFiles } from '../../src/lib/engine/computed';
import { HEAD_ROWS } from '../../src/lib/model/head';
import { createModel } from '../../src/lib/engine';
import { isRealGrowth } from '../../src/lib/model/indicator';
import { holdRoute } from './hold';
import { serveSynthetic } from './synthetic';
import { NotebookPage } from './notebook-page';

const ROWS = 2_000;
const inds = (t: PlanTable) => t.indicators;

test.describe.configure({ timeout: 90_000 });
// the engine's worker fetches the table itself: with the app's service worker in the way, those
// requests would go past the routes below
test.use({ serviceWorkers: 'block' });

test.describe(`a table of ${ROWS.toLocaleString('en-US')} indicators`, () => {
	test('renders only the rows in view, follows the keyboard to the end and scrolls back', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		const table = syntheticTable({ indicators: ROWS, seed: 7 });
		const inds = table.indicators;
		const first = inds[0]!.id;
		const last = inds.at(-1)!.id;
		// a compound-growth row near the end: its assumed growth moves its projected value
		const far = inds.findLast((i, n) => n < ROWS - 2 && i.unit === '亿元')!.id;
		await page.goto(`/t/${await serveSynthetic(page, table)}`);
		// building the engine for 2,000 rows takes seconds on a busy machine; that is benchmarked, not tested
		await expect(nb.cell(first, 'target')).not.toHaveText('', { timeout: 30_000 });
		const rendered = () => page.locator('tr[data-id]').count();
		expect(await rendered()).toBeLessThan(100);
		// every row still counts for assistive technology: header, area rows and indicators
		await expect(nb.grid).toHaveAttribute('aria-rowcount', String(1 + table.areas.length + ROWS));

		// Ctrl+End reaches the last row; it is rendered and focused, the first rows are gone
		await nb.cell(first, 'unit').click();
		await page.keyboard.press('Control+End');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: last, key: 'status' });
		await expect(nb.row(last)).toBeInViewport();
		await expect(nb.row(first)).toHaveCount(0);
		expect(await rendered()).toBeLessThan(100);

		// two moves before the next frame (a click and then a key, on a busy machine): the
		// grid follows the last one only, and ends on it
		await page.keyboard.press('Control+Home');
		await expect(nb.row(first)).toBeInViewport();
		await page.evaluate(async () => {
			const key = (k: string, ctrlKey = false) =>
				document.activeElement!.dispatchEvent(
					new KeyboardEvent('keydown', { key: k, ctrlKey, bubbles: true, cancelable: true })
				);
			key('ArrowRight');
			// the first move has found its cell; the second comes before the next frame
			await new Promise((r) => setTimeout(r));
			key('End', true);
		});
		await expect.poll(() => nb.focusedKey()).toEqual({ id: last, key: 'status' });
		// past the frames a move follows its cell for (at most 30)
		await page.evaluate(async () => {
			for (let i = 0; i < 40; i++) await new Promise(requestAnimationFrame);
		});
		await expect(nb.row(last)).toBeInViewport();

		// an edit far down the table lands on its own row
		await page.keyboard.press('Control+Home');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: first, key: 'name' });
		await page.locator('.scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect(nb.row(far)).toBeInViewport();
		const before = await nb.text(far, 'projected');
		await nb.type(far, 'assumed', '37');
		await expect(nb.cell(far, 'assumed')).toHaveText('+37%');
		await expect(nb.cell(far, 'projected')).not.toHaveText(before);

		// scrolling back to the top renders the first rows again, with their values
		await page.locator('.scroller').evaluate((el) => (el.scrollTop = 0));
		await expect(nb.row(first)).toBeInViewport();

		// printing renders every row, since paper does not scroll; the window comes back after
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await rendered()).toBe(ROWS);
		await expect(nb.row(last)).toHaveCount(1);
		await page.emulateMedia({ media: 'screen' });
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		await expect.poll(rendered).toBeLessThan(100);
		await expect(nb.cell(inds[1]!.id, 'target')).not.toHaveText('');
		expect(await rendered()).toBeLessThan(100);
	});

	test('a table-wide edit updates the rows in view; rows out of view are brought up to date when scrolled to, copied or printed', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		const table = syntheticTable({ indicators: ROWS, seed: 7 });
		const real = inds(table).filter((i) => i.kind !== 'qualitative' && isRealGrowth(i));
		const [near, far] = [real[0]!, real.at(-1)!];
		expect(inds(table).indexOf(far)).toBeGreaterThan(ROWS - 15);
		// the engine's own figures for the far row, at each deflator the test sets
		const model = createModel(table);
		const projected = (deflator: number) => {
			model.setAssumption('deflator', deflator);
			return model.row(far.id).cells.projected as number;
		};
		const expected = { 7: projected(0.07), 3: projected(0.03), 5: projected(0.05) };
		model.destroy();
		const reads = (text: string, value: number) =>
			Math.abs(Number(text.replace(/,/g, '')) / value - 1) < 0.005;
		expect(reads(expected[7].toPrecision(6), expected[3])).toBe(false);

		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/t/${await serveSynthetic(page, table)}`);
		await nb.computed();
		const deflator = page.getByTestId('assumption-deflator');
		const setDeflator = async (text: string) => {
			await deflator.fill(text);
			await deflator.press('Enter');
			await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		};
		// a block from the last row up to the first, with the first rows in view
		await nb.cell(near.id, 'projected').click();
		await page.keyboard.press('ControlOrMeta+End');
		await expect(nb.row(far.id)).toBeInViewport();
		await page.keyboard.press('Shift+ControlOrMeta+Home');
		await expect(nb.row(far.id)).toHaveCount(0);

		const nearWas = await nb.text(near.id, 'projected');
		await setDeflator('7%');
		await expect(nb.cell(near.id, 'projected')).not.toHaveText(nearWas);
		// rows the edit moved out of view are stale: what prints says so until they are in
		await expect(page.locator('.print-stale')).toHaveCount(1);

		// the block copies the engine's values for them, not those the page had
		const c = Number(await nb.cell(near.id, 'projected').getAttribute('data-c'));
		await page.locator('[role="grid"] [aria-selected="true"]').focus();
		await page.keyboard.press('ControlOrMeta+C');
		const line = async () => {
			const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
			return lines[inds(table).indexOf(far)]?.split('\t')[c] ?? '';
		};
		await expect.poll(line).toMatch(/\d/);
		expect(reads(await line(), expected[7])).toBe(true);
		await expect(nb.error).toHaveText('');

		// rows that come into view after an edit elsewhere show the engine's values
		await page.keyboard.press('ControlOrMeta+Home');
		await setDeflator('3%');
		await page.locator('.scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
		await expect(nb.row(far.id)).toBeInViewport();
		await expect
			.poll(async () => reads(await nb.text(far.id, 'projected'), expected[3]))
			.toBe(true);
		await expect(nb.row(far.id)).not.toHaveClass(/stale/);

		// Ctrl+P with stale rows: they are brought up to date, and then the page prints
		await page.locator('.scroller').evaluate((el) => (el.scrollTop = 0));
		await setDeflator('5%');
		await expect(page.locator('.print-stale')).toHaveCount(1);
		await page.evaluate(() => {
			const w = window as unknown as { __printed?: boolean };
			// the print dialog is the browser's; what matters is what the page holds when it opens
			window.print = () =>
				void setTimeout(() => (w.__printed = !document.querySelector('.print-stale')));
		});
		await nb.cell(near.id, 'projected').click();
		await page.keyboard.press('ControlOrMeta+P');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed))
			.toBe(true);
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(reads(await nb.text(far.id, 'projected'), expected[5])).toBe(true);
		await page.emulateMedia({ media: 'screen' });
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	});

	test('a second visit paints the values computed on the first while the engine builds again', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		const table = syntheticTable({ indicators: ROWS, seed: 7 });
		const id = await serveSynthetic(page, table);
		await page.addInitScript(() => {
			// records what the status line said before the engine was ready
			const seen: string[] = ((window as unknown as { __said: string[] }).__said = []);
			new MutationObserver(() => {
				const s = document.querySelector('.meta [role="status"]')?.textContent;
				if (s && !seen.includes(s)) seen.push(s);
			}).observe(document, { childList: true, subtree: true, characterData: true });
		});
		await page.goto(`/t/${id}`);
		await nb.computed();
		const first = inds(table).find((i) => i.unit === '亿元')!.id;
		const projected = await nb.text(first, 'projected');
		// the rows are saved shortly after the build, from the engine's worker
		await expect.poll(() => page.evaluate(savedTables), { timeout: 30_000 }).toContain(table.id);
		await page.reload();
		await expect(nb.cell(first, 'projected')).toHaveText(projected, { timeout: 30_000 });
		await nb.computed();
		const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
		expect(said).toContain('正在计算……当前显示的是上次访问时的结果');
	});

	test('the first rows paint from the table’s head while the whole table is on its way', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		const table = syntheticTable({ indicators: ROWS, seed: 7 });
		const id = await serveSynthetic(page, table);
		// as the data set ships them (npm run data:computed)
		const { snapshot, head } = publishedFiles(table, JSON.stringify(table));
		await page.context().route(`**/data/computed/${id}.json`, (r) => r.fulfill({ json: snapshot }));
		await page
			.context()
			.route(`**/data/computed/${id}.head.json`, (r) => r.fulfill({ json: head }));
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.context().route(`**/data/${id}.json`, async (route) => {
			await held;
			await route.fallback();
		});
		await page.goto(`/t/${id}`);
		const first = inds(table).find((i) => i.unit === '亿元' && i.values['2020']?.value)!;
		const projected = snapshot.rows.find((r) => r.id === first.id)!.cells.projected as number;
		expect(inds(table).indexOf(first)).toBeLessThan(HEAD_ROWS);
		// the table file is held back: what shows is the head, computed, with the engine still to come
		await expect(nb.cell(first.id, 'projected')).toHaveText(/\d/);
		const shown = await nb.text(first.id, 'projected');
		expect(Number(shown.replace(/,/g, ''))).toBeCloseTo(projected, 0);
		await expect(nb.grid).toHaveAttribute('aria-busy', 'true');
		await expect(page.locator('tr[data-id]')).toHaveCount(HEAD_ROWS);
		await expect(page.getByTestId('assumption-deflator')).toBeDisabled();
		// an edit typed on the head waits for the whole table's build, and then holds
		const second = inds(table).find((i, n) => n < HEAD_ROWS && i !== first && i.unit === '亿元')!;
		const secondWas = await nb.text(second.id, 'projected');
		await nb.type(second.id, 'assumed', '37');
		release();
		await nb.computed();
		await expect(nb.grid).toHaveAttribute('aria-rowcount', String(1 + table.areas.length + ROWS));
		await expect(nb.cell(first.id, 'projected')).toHaveText(shown);
		await expect(page.getByTestId('assumption-deflator')).toBeEnabled();
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		await expect(nb.cell(second.id, 'assumed')).toHaveText('+37%');
		await expect(nb.cell(second.id, 'projected')).not.toHaveText(secondWas);
	});

	test('with no computed rows to show, the printed figures show while the engine builds', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		const table = syntheticTable({ indicators: ROWS, seed: 7 });
		const id = await serveSynthetic(page, table);
		const release = await holdRoute(page.context(), '**/workers/*.js');
		await page.goto(`/t/${id}`);
		// no rows shipped for this table and none saved: the table's own figures, nothing computed
		const first = inds(table).find((i) => i.unit === '亿元' && i.values['2020']?.value)!;
		await expect(nb.cell(first.id, 'target')).not.toHaveText('');
		await expect(nb.cell(first.id, 'projected')).toHaveText('');
		await expect(
			page.getByRole('status').filter({ hasText: '当前显示的是原表数字' })
		).toBeVisible();
		// the assumptions the table has are in their place already, waiting for their values,
		// so the grid does not move down when the engine is ready
		const deflator = page.getByTestId('assumption-deflator');
		await expect(deflator).toBeDisabled();
		await expect(deflator).toHaveValue('');
		const top = () => nb.grid.evaluate((g) => g.getBoundingClientRect().top + scrollY);
		const before = await top();
		release();
		await nb.computed();
		await expect(nb.cell(first.id, 'projected')).toHaveText(/\d/);
		await expect(deflator).toBeEnabled();
		await expect(deflator).toHaveValue(/%$/);
		expect(await top()).toBe(before);
	});
});

/** The tables with computed rows in the browser's cache (persist/snapshots.ts). */
async function savedTables(): Promise<string[]> {
	const name = 'plan-indicator-notebook-cache';
	// opening a database that is not there would create it, under the app's feet
	if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
	return new Promise((resolve) => {
		const open = indexedDB.open(name);
		open.onerror = () => resolve([]);
		open.onsuccess = () => {
			const db = open.result;
			if (!db.objectStoreNames.contains('snapshots')) {
				db.close();
				return resolve([]);
			}
			const all = db.transaction('snapshots').objectStore('snapshots').getAll();
			all.onerror = () => resolve([]);
			all.onsuccess = () => {
				db.close();
				resolve((all.result as { table?: string }[]).map((s) => s.table ?? ''));
			};
		};
	});
}
