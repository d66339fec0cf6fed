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

	test('the editor closes and the cursor moves in the frame the previewed values show, before the engine answers', async ({
		page
	}) => {
		const { nb, engine } = await sixPercentThenHold(page);
		await watchNextEnter(page, [['gdp', 'projected']]);
		await page.evaluate(() => {
			const onKey = (e: KeyboardEvent) => {
				if (e.key !== 'Enter') return;
				document.removeEventListener('keydown', onKey, true);
				requestAnimationFrame(() => {
					const w = window as unknown as { __editorAtFrame: boolean; __focusAtFrame: string };
					w.__editorAtFrame = !!document.querySelector('input.editor');
					const f = document.activeElement as HTMLElement;
					w.__focusAtFrame = `${f.closest('tr')?.dataset.id} ${f.dataset.key}`;
				});
			};
			document.addEventListener('keydown', onKey, true);
		});
		await nb.type('gdp', 'assumed', '7');
		// 258 × (1.07 × 1.0521)^5 = 466.4: previewed, the engine's answer held back
		expect(await atFrame(page)).toEqual(['466.4']);
		const seen = await page.evaluate(() => {
			const w = window as unknown as { __editorAtFrame: boolean; __focusAtFrame: string };
			return [w.__editorAtFrame, w.__focusAtFrame];
		});
		expect(seen).toEqual([false, 'labour-productivity assumed']);
		await expect(nb.grid).toHaveAttribute('aria-busy', 'true');
		await engine.release();
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		expect(await later(page)).toEqual([]);
	});

	test('undo pressed while the engine has not answered waits for it, and undoes that edit', async ({
		page
	}) => {
		const { nb, engine } = await sixPercentThenHold(page);
		await nb.type('gdp', 'assumed', '7');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+7%');
		await expect(nb.grid).toHaveAttribute('aria-busy', 'true');
		await page.keyboard.press('Control+z');
		await engine.release();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await page.keyboard.press('Control+z');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+8.5%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	});

	test('undo pressed while the editor still waits for the engine undoes that edit', async ({
		page
	}) => {
		const { nb, engine } = await sixPercentThenHold(page);
		await nb.cell('gdp', 'assumed').click();
		await page.keyboard.type('7');
		// Enter, then Ctrl+Z in the same task: the editor is still open, waiting for the answer
		await page.evaluate(() => {
			const input = document.querySelector<HTMLInputElement>('input.editor')!;
			const key = (init: KeyboardEventInit) =>
				input.dispatchEvent(
					new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
				);
			key({ key: 'Enter' });
			key({ key: 'z', ctrlKey: true });
		});
		await engine.release();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
	});

	test('what the user types into an assumption is never written over by an answer to an earlier value', async ({
		page
	}) => {
		// every value the page writes into the deflator's input, in order
		await page.addInitScript(() => {
			const w = window as unknown as { __written: string[] };
			w.__written = [];
			const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
			Object.defineProperty(HTMLInputElement.prototype, 'value', {
				...value,
				set(this: HTMLInputElement, v: string) {
					if (this.dataset.testid === 'assumption-deflator') w.__written.push(v);
					value.set!.call(this, v);
				}
			});
		});
		const written = () =>
			page.evaluate(() => (window as unknown as { __written: string[] }).__written.splice(0));
		const engine = await engineHold(page);
		const nb = new NotebookPage(page);
		await nb.open();
		const deflator = page.getByTestId('assumption-deflator');

		// the answer to 3 % lands while 4 is being typed
		await engine.hold();
		await deflator.fill('3%');
		await deflator.press('Enter');
		await deflator.press('Control+a');
		await page.keyboard.type('4');
		await expect(nb.grid).toHaveAttribute('aria-busy', 'true');
		await written();
		await engine.release();
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		await expect(deflator).toHaveValue('4');
		expect(await written()).toEqual([]);
		await deflator.press('Enter');
		await expect(deflator).toHaveValue('4%');

		// 5 % and then 6 % committed before either is answered: 5 % never shows over 6
		await engine.hold();
		await deflator.fill('5%');
		await deflator.press('Enter');
		await deflator.press('Control+a');
		await page.keyboard.type('6');
		await deflator.press('Enter');
		await written();
		await engine.release();
		await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
		await expect(deflator).toHaveValue('6%');
		expect(await written()).not.toContain('5%');

		// Escape, and leaving the field without a change, bring back the value the engine holds
		await deflator.press('Control+a');
		await page.keyboard.type('9');
		await deflator.press('Escape');
		await expect(deflator).toHaveValue('6%');
		await deflator.press('Control+a');
		await page.keyboard.type('7');
		await page.keyboard.press('Backspace');
		await page.keyboard.type('6%');
		await deflator.press('Tab');
		await expect(deflator).toHaveValue('6%');
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

/** The seed table with GDP's assumed growth set to 6 %, and the engine's answers held from then on. */
async function sixPercentThenHold(page: Page) {
	const engine = await engineHold(page);
	const nb = new NotebookPage(page);
	await nb.open();
	await nb.type('gdp', 'assumed', '6');
	await expect(nb.grid).toHaveAttribute('aria-busy', 'false');
	await engine.hold();
	return { nb, engine };
}

/**
 * Holds the page's messages to the engine from `hold()` until `release()`, which sends them
 * in order: the previews show, the answers wait.
 */
async function engineHold(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __held: (() => void)[] | null; __release: () => void };
		w.__held = null;
		w.__release = () => {
			const held = w.__held ?? [];
			w.__held = null;
			for (const send of held) send();
		};
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
			const send = () => (post as (...a: unknown[]) => void).apply(this, args);
			if (w.__held) w.__held.push(send);
			else send();
		} as typeof post;
	});
	const run = (f: () => void) => page.evaluate(f);
	return {
		hold: () => run(() => void ((window as unknown as { __held: unknown[] }).__held = [])),
		release: () => run(() => (window as unknown as { __release: () => void }).__release())
	};
}
