/**
 * An edit is on screen in the frame that follows its key: the page computes the
 * edited rows itself (model/preview.ts) while the engine's answer is on its
 * way, and the engine's answer then changes nothing the user can see.
 */
import { expect, test, type Page } from '@playwright/test';
import { NotebookPage } from './notebook-page';

/** Cells to watch, as `id key` pairs. */
type Watch = [string, string][];

/**
 * On the next Enter: the watched cells' texts at the first animation frame after
 * the key, and every later change to them.
 */
async function watchNextEnter(page: Page, cells: Watch): Promise<void> {
	await page.evaluate((cells) => {
		const w = window as unknown as { __atFrame?: string[]; __later: string[] };
		w.__later = [];
		const els = () =>
			cells.map(([id, key]) =>
				document.querySelector(`tr[data-id="${id}"] td[data-key="${key}"]`)!
			);
		const onKey = (e: KeyboardEvent) => {
			if (e.key !== 'Enter') return;
			document.removeEventListener('keydown', onKey, true);
			requestAnimationFrame(() => {
				w.__atFrame = els().map((el) => el.textContent!.trim());
				const mo = new MutationObserver(() =>
					w.__later.push(
						els()
							.map((el) => el.textContent!.trim())
							.join(' | ')
					)
				);
				for (const el of els())
					mo.observe(el, { childList: true, characterData: true, subtree: true });
			});
		};
		document.addEventListener('keydown', onKey, true);
	}, cells);
}

const atFrame = (page: Page) =>
	page
		.waitForFunction(() => (window as unknown as { __atFrame?: string[] }).__atFrame)
		.then((h) => h.jsonValue());
const later = (page: Page) =>
	page.evaluate(() => (window as unknown as { __later: string[] }).__later);

test.describe('an edit lands in the next frame', () => {
	test('assumed growth: the row and the counts in the frame after Enter, confirmed by the engine', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		const cells: Watch = [
			['gdp', 'assumed'],
			['gdp', 'projected'],
			['gdp', 'gap'],
			['gdp', 'status']
		];
		await watchNextEnter(page, cells);
		await nb.type('gdp', 'assumed', '6');
		// 258 × (1.06 × 1.0521)^5 = 444.99 (as grid.spec.ts)
		expect(await atFrame(page)).toEqual(['+6%', '445', '+55.01', '滞后']);
		// the engine has answered once the grid is no longer busy
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		expect(await later(page)).toEqual([]);
	});

	test('the deflator: every real-growth row in the frame after Enter', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open('en');
		await watchNextEnter(page, [
			['gdp', 'projected'],
			['gdp', 'status']
		]);
		const deflator = page.getByTestId('assumption-deflator');
		await deflator.fill('0%');
		await deflator.press('Enter');
		// real growth of 8.5 % with no price rise: 258 × 1.085^5 = 387.9, short of 500
		expect(await atFrame(page)).toEqual(['387.9', 'Behind']);
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		expect(await later(page)).toEqual([]);
	});

	test('undo pressed while the engine has not answered waits for it, and undoes that edit', async ({
		page
	}) => {
		const delay = await engineDelay(page);
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		await delay(500);
		await nb.type('gdp', 'assumed', '7');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+7%');
		await expect(nb.grid).toHaveAttribute('aria-busy', 'true');
		await page.keyboard.press('Control+z');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await page.keyboard.press('Control+z');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+8.5%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	});

	test('a value typed into an assumption while the engine answers the one before stays', async ({
		page
	}) => {
		const delay = await engineDelay(page);
		const nb = new NotebookPage(page);
		await nb.open();
		const deflator = page.getByTestId('assumption-deflator');
		await delay(500);
		await deflator.fill('3%');
		await deflator.press('Enter');
		await deflator.press('Control+a');
		await page.keyboard.type('4');
		await expect(nb.grid).toHaveAttribute('aria-busy', 'true');
		// the answer to 3 % lands while 4 is being typed
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		await expect(deflator).toHaveValue('4');
		await deflator.press('Enter');
		await expect(deflator).toHaveValue('4%');
		// Escape brings back the value the engine holds
		await deflator.press('Control+a');
		await page.keyboard.type('9');
		await deflator.press('Escape');
		await expect(deflator).toHaveValue('4%');
	});

	test('a formula in any input: no row shows a new value before every row that reads it does', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		// talent-pool's assumed growth now reads gdp's: an edit of gdp's moves both rows
		await nb.type('talent-pool', 'assumed', '=G2');
		await expect(nb.cell('talent-pool', 'assumed')).toHaveText('+8.5%');
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		const cells: Watch = [
			['gdp', 'projected'],
			['talent-pool', 'projected']
		];
		const texts = () => Promise.all(cells.map(([id, key]) => nb.text(id, key)));
		const before = await texts();
		await watchNextEnter(page, cells);
		await nb.type('gdp', 'assumed', '6');
		const frame = await atFrame(page);
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		const after = await texts();
		expect(after[1]).not.toBe(before[1]);
		// the engine may answer before or after that frame; a preview of gdp's row alone would
		// show gdp's new value beside talent-pool's old one
		expect([before, after]).toContainEqual(frame);
	});
});

/**
 * Messages to the engine leave late once asked to: the previews show, the answers wait.
 * Returns the function that sets the delay (none until called).
 */
async function engineDelay(page: Page): Promise<(ms: number) => Promise<void>> {
	await page.addInitScript(() => {
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
			const delay = (window as unknown as { __engineDelay?: number }).__engineDelay ?? 0;
			setTimeout(() => (post as (...a: unknown[]) => void).apply(this, args), delay);
		} as typeof post;
	});
	return async (ms) => {
		await page.evaluate(
			(ms) => ((window as unknown as { __engineDelay: number }).__engineDelay = ms),
			ms
		);
	};
}
