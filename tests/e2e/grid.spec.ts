import { expect, test, type Browser } from '@playwright/test';
import { NotebookPage } from './notebook-page';

test.describe('the Jindong 14th-FYP grid', () => {
	test('renders every indicator, grouped by area, with sources and qualitative rows as such', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		// 39 indicator rows (38 numbered + one 其中 sub-row) under 9 area headers
		await expect(page.locator('tr[data-id] th[role="rowheader"]')).toHaveCount(39);
		await expect(page.locator('tbody')).toHaveCount(9);
		await expect(page.getByRole('rowheader', { name: '经济发展' })).toBeVisible();
		await expect(page.getByRole('columnheader')).toHaveCount(18);
		await expect(nb.row('energy-intensity-cut')).toContainText('完成上级任务');
		await expect(nb.cell('energy-intensity-cut', 'status')).toHaveText('定性指标');
		await expect(nb.cell('energy-intensity-cut', 'projected')).toHaveText('');
		await nb.cell('gdp', 'base').click();
		await expect(page.getByTestId('fb-source')).toContainText('258');
		await expect(page.getByTestId('fb-source')).toContainText(
			'001_82d66b1614de0eb7.txt, 第 776 行'
		);
		await nb.cell('gdp', 'projected').click();
		await expect(page.getByTestId('fb-content')).toHaveText(
			'fx=F2*((1+G2)*(1+Deflator))^(TargetYear-E2)'
		);
	});

	test('editing the assumed growth of 地区生产总值 changes its projected value and gap', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		// with the deflator the plan implies (5.2 %), 8.5 % real growth reaches 500 exactly
		expect(await nb.text('gdp', 'projected')).toBe('500');
		expect(await nb.text('gdp', 'gap')).toBe('0');
		await expect(nb.cell('gdp', 'status')).toHaveText('进度正常');
		// the table's counts read "numeric … good" in Chinese, the area's "good/numeric"
		const counts = async () => ({
			table: (await page.getByTestId('summary').innerText()).match(/\d+/g)!.map(Number).reverse(),
			area: (await page.locator('tr.area-row .area-summary').first().innerText())
				.match(/\d+/g)!
				.map(Number)
		});
		const before = await counts();
		await nb.type('gdp', 'assumed', '6');
		// 258 × (1.06 × 1.0521)^5 = 444.99; gap = 500 − 444.99
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');
		await expect(nb.cell('gdp', 'gap')).toHaveText('+55.01');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(nb.cell('gdp', 'assumed')).toHaveClass(/edited/);
		await expect(nb.cell('gdp', 'status')).toHaveText('滞后');
		// one row fell behind: one fewer good row in the table and in its area, as many numeric
		expect(await counts()).toEqual({
			table: [before.table[0]! - 1, before.table[1]],
			area: [before.area[0]! - 1, before.area[1]]
		});
		// other rows are untouched
		expect(await nb.text('talent-pool', 'projected')).toBe('10.02');
	});

	test('a percentage-point indicator recomputes from a newer actual', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open('en');
		await nb.type('urbanization-rate', 'latestYear', '2022');
		await nb.type('urbanization-rate', 'latestValue', '70');
		await expect(nb.cell('urbanization-rate', 'achieved')).toHaveText('+1.75 pp');
		await expect(nb.cell('urbanization-rate', 'required')).toHaveText('+1.67 pp');
		await expect(nb.cell('urbanization-rate', 'progress')).toHaveText('41.2%');
		await expect(nb.cell('urbanization-rate', 'timeProgress')).toHaveText('40%');
		await expect(nb.cell('urbanization-rate', 'status')).toHaveText('On track');
	});

	test('keyboard: arrows move, Enter and F2 edit, Escape cancels, Tab commits and moves, typing replaces, Delete restores', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		const kb = page.keyboard;
		await nb.cell('gdp', 'base').click();
		await kb.press('ArrowDown');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'labour-productivity', key: 'base' });
		await kb.press('ArrowUp');
		await kb.press('ArrowRight');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'gdp', key: 'target' });

		// Enter opens an editor holding the current value; Escape leaves it unchanged
		await kb.press('Enter');
		const editor = page.locator('input.editor');
		await expect(editor).toHaveValue('500');
		await editor.fill('600');
		await kb.press('Escape');
		await expect(editor).toHaveCount(0);
		await expect(nb.cell('gdp', 'target')).toHaveText('500');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'gdp', key: 'target' });

		// F2 then Tab commits and moves right
		await kb.press('F2');
		await editor.fill('600');
		await kb.press('Tab');
		await expect(nb.cell('gdp', 'target')).toHaveText('600');
		// the deflator stays what the published plan implies, so the projection stays 500
		await expect(nb.cell('gdp', 'gap')).toHaveText('+100');
		await expect(page.getByTestId('assumption-deflator')).toHaveValue('5.2%');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'gdp', key: 'stated' });

		// typing replaces; Enter commits and moves down
		await kb.press('ArrowLeft');
		await kb.type('550');
		await kb.press('Enter');
		await expect(nb.cell('gdp', 'target')).toHaveText('550');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'labour-productivity', key: 'target' });

		// Delete restores the published value
		await kb.press('ArrowUp');
		await kb.press('Delete');
		await expect(nb.cell('gdp', 'target')).toHaveText('500');
		await expect(nb.cell('gdp', 'target')).not.toHaveClass(/edited/);

		// Shift+Enter commits and moves up; on the first row it stays there, and the keys still work
		await kb.type('520');
		await kb.press('Shift+Enter');
		await expect(nb.cell('gdp', 'target')).toHaveText('520');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'gdp', key: 'target' });
		await kb.press('ArrowDown');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'labour-productivity', key: 'target' });
	});

	test('the grid stays put as the keyboard moves between cells that say more or less in the formula bar', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open('en');
		const bar = page.getByRole('region', { name: 'Formula bar' });
		const grid = nb.grid;
		await nb.cell('gdp', 'unit').click();
		const at = async () => ({
			// where the grid sits on the page, and how much the bar has to say about this cell
			top: await grid.evaluate((g) => g.getBoundingClientRect().top + scrollY),
			says: await bar.getByTestId('fb-info').evaluate((b) => {
				const all = document.createRange();
				all.selectNodeContents(b);
				return all.getBoundingClientRect().height;
			})
		});
		const seen = [await at()];
		for (const key of ['End', 'ArrowDown', 'ArrowDown', 'Home', 'ArrowRight', 'ArrowRight']) {
			const before = await bar.textContent();
			await page.keyboard.press(key);
			await expect(bar).not.toHaveText(before ?? '');
			seen.push(await at());
		}
		const says = seen.map((s) => s.says);
		// the cells passed say very different amounts: a bar sized to each would move the grid
		expect(Math.max(...says) - Math.min(...says)).toBeGreaterThan(30);
		expect(new Set(seen.map((s) => s.top)).size).toBe(1);
	});

	test('on paper every row and column shows, without the controls', async ({ page }) => {
		// A4 landscape with 10 mm margins, as the page asks for, at 96 px an inch
		await page.setViewportSize({ width: 1047, height: 740 });
		const nb = new NotebookPage(page);
		await nb.open();
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		const box = await page.evaluate(() => {
			const scroller = document.querySelector<HTMLElement>('.scroller')!;
			const table = document.querySelector<HTMLElement>('table[role="grid"]')!;
			return {
				clippedBelow: table.offsetHeight - scroller.clientHeight,
				clippedRight: table.offsetWidth - scroller.clientWidth,
				pageWidth: document.documentElement.scrollWidth
			};
		});
		expect(box.clippedBelow).toBeLessThanOrEqual(0);
		expect(box.clippedRight).toBeLessThanOrEqual(0);
		expect(box.pageWidth).toBeLessThanOrEqual(1047);
		await expect(page.locator('tr[data-id]')).toHaveCount(39);
		await expect(page.getByRole('button', { name: '新建' })).toBeHidden();
		await expect(page.getByTestId('scenario-select')).toBeVisible();
	});

	/** A page on the seed table whose clipboard the test reads and writes. */
	async function withClipboard(browser: Browser) {
		const context = await browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write']
		});
		const page = await context.newPage();
		const nb = new NotebookPage(page);
		await nb.open();
		const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
		return { context, page, nb, clipboard };
	}

	test('copy a cell as a spreadsheet number, and paste a column copied from a spreadsheet', async ({
		browser
	}) => {
		const { context, page, nb, clipboard } = await withClipboard(browser);
		await nb.cell('gdp', 'projected').click();
		await page.keyboard.press('ControlOrMeta+C');
		expect(await clipboard()).toBe('500');

		// two rows as a spreadsheet copies them: tab between cells, a line end after each row
		await page.evaluate(() => navigator.clipboard.writeText('6%\r\n7\r\n'));
		await nb.cell('gdp', 'assumed').click();
		await page.keyboard.press('ControlOrMeta+V');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+7%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');

		// a paste is one step of the history: one undo empties every cell it filled, one redo refills them
		await page.keyboard.press('ControlOrMeta+Z');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+8.5%');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+9%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('500');
		await page.keyboard.press('ControlOrMeta+Y');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+7%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');

		// onto a computed cell: nothing changes, and the page says where to paste
		await page.evaluate(() => navigator.clipboard.writeText('1'));
		await nb.cell('gdp', 'projected').click();
		await page.keyboard.press('ControlOrMeta+V');
		await expect(nb.error).toContainText('请粘贴到蓝色的输入单元格');
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');

		// a value the cell refuses stops the paste there, with the reason
		await page.evaluate(() => navigator.clipboard.writeText('abc'));
		await nb.cell('gdp', 'assumed').click();
		await page.keyboard.press('ControlOrMeta+V');
		await expect(nb.error).toContainText('“abc”不是数字');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');

		// numbers copy as a spreadsheet reads them: no typographic minus, '+', or unit words
		const copied = async (id: string, key: string) => {
			await nb.cell(id, key).click();
			await page.keyboard.press('ControlOrMeta+C');
			return clipboard();
		};
		expect(await copied('gdp', 'assumed')).toBe('6%');
		await expect(nb.cell('gdp', 'gap')).toHaveText('+55.01');
		expect(await copied('gdp', 'gap')).toBe('55.01');
		await expect(nb.cell('urbanization-rate', 'assumed')).toHaveText('+1.7 百分点');
		expect(await copied('urbanization-rate', 'assumed')).toBe('1.7');
		await nb.cell('labour-productivity', 'assumed').click();
		await page.keyboard.type('20%');
		await page.keyboard.press('Enter');
		await expect(nb.cell('labour-productivity', 'gap')).toHaveText(/^−/);
		const gap = (await nb.cell('labour-productivity', 'gap').textContent())!.trim();
		expect(await copied('labour-productivity', 'gap')).toBe(gap.replace('−', '-'));
		// a pasted copy reads back as the value it came from
		await page.evaluate(() => navigator.clipboard.writeText('6%'));
		await nb.cell('labour-productivity', 'assumed').click();
		await page.keyboard.press('ControlOrMeta+V');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+6%');
		await context.close();
	});

	test('select a block with Shift: copy it, paste one value over it, delete it', async ({
		browser
	}) => {
		const { context, page, nb, clipboard } = await withClipboard(browser);
		await nb.cell('gdp', 'base').click();
		await nb.cell('labour-productivity', 'target').click({ modifiers: ['Shift'] });
		await expect(page.locator('tbody .selected')).toHaveCount(4);
		await page.keyboard.press('ControlOrMeta+C');
		expect(await clipboard()).toBe('258\t500\n11.5\t18\n');
		// Shift+arrows grow it; the growth column copies as numbers, not ">8.5%"
		await page.keyboard.press('Shift+ArrowRight');
		await expect(page.locator('tbody .selected')).toHaveCount(6);
		await page.keyboard.press('ControlOrMeta+C');
		expect(await clipboard()).toBe('258\t500\t8.5%\n11.5\t18\t9%\n');
		// a move without Shift leaves one cell selected again
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('tbody .selected')).toHaveCount(0);
		await page.keyboard.press('ControlOrMeta+C');
		expect(await clipboard()).toBe('1.7');

		// a drag from one cell to another selects the block between them; a click, one cell again
		const centre = async (id: string, key: string) => {
			const box = (await nb.cell(id, key).boundingBox())!;
			return [box.x + box.width / 2, box.y + box.height / 2] as const;
		};
		await page.mouse.move(...(await centre('gdp', 'base')));
		await page.mouse.down();
		await page.mouse.move(...(await centre('gdp', 'target')), { steps: 4 });
		await page.mouse.move(...(await centre('labour-productivity', 'target')), { steps: 4 });
		await page.mouse.up();
		await expect(page.locator('tbody .selected')).toHaveCount(4);
		await page.keyboard.press('ControlOrMeta+C');
		expect(await clipboard()).toBe('258\t500\n11.5\t18\n');
		await nb.cell('gdp', 'target').click();
		await expect(page.locator('tbody .selected')).toHaveCount(0);

		// one value pasted over a block fills it, as one step of the history
		await nb.cell('gdp', 'assumed').click();
		await nb.cell('labour-productivity', 'assumed').click({ modifiers: ['Shift'] });
		await page.evaluate(() => navigator.clipboard.writeText('6%'));
		await page.keyboard.press('ControlOrMeta+V');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+6%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');
		await page.keyboard.press('ControlOrMeta+Z');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+8.5%');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+9%');
		await page.keyboard.press('ControlOrMeta+Y');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+6%');
		// Delete over the block puts back the published values, the computed cells in it untouched
		await nb.cell('labour-productivity', 'projected').click({ modifiers: ['Shift'] });
		await page.keyboard.press('Delete');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+8.5%');
		await expect(nb.cell('labour-productivity', 'assumed')).toHaveText('+9%');
		await expect(nb.cell('gdp', 'projected')).toHaveText('500');
		await expect(nb.error).toBeEmpty();
		await context.close();
	});

	test('bad input keeps the typed text and says why', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.cell('gdp', 'assumed').click();
		await page.keyboard.type('abc');
		await page.keyboard.press('Enter');
		await expect(nb.error).toContainText('“abc”不是数字');
		await expect(page.locator('input.editor')).toHaveValue('abc');
		await page.locator('input.editor').fill('=1/0');
		await page.keyboard.press('Enter');
		await expect(nb.error).toContainText('公式结果为错误值');
		// the engine's error value, not its English message
		await expect(nb.error).toHaveText('未应用：公式结果为错误值 (#DIV/0!)');
		await expect(page.locator('input.editor')).toHaveValue('=1/0');
		// moving away from a rejected edit keeps the editor and the text; nothing locks up
		await nb.cell('talent-pool', 'base').click();
		await expect(page.locator('input.editor')).toBeFocused();
		await expect(page.locator('input.editor')).toHaveValue('=1/0');
		await page.keyboard.press('Escape');
		await expect(page.locator('input.editor')).toHaveCount(0);
		await expect(nb.cell('gdp', 'projected')).toHaveText('500');
		await nb.cell('talent-pool', 'base').click();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => nb.focusedKey()).toEqual({ id: 'high-value-patents', key: 'base' });
		// Backspace clears and starts typing, as in a spreadsheet
		await page.keyboard.press('Backspace');
		await expect(page.locator('input.editor')).toHaveValue('');
		await page.keyboard.type('5');
		await page.keyboard.press('Enter');
		await expect(nb.cell('high-value-patents', 'base')).toHaveText('5');
	});

	test('the language switch turns every label to English and back', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('columnheader', { name: 'Status' })).toBeVisible();
		await expect(page.getByRole('rowheader', { name: /Gross domestic product/ })).toBeVisible();
		await expect(nb.cell('gdp', 'status')).toHaveText('On track');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
		await page.getByRole('button', { name: '中文' }).click();
		await expect(page.getByRole('columnheader', { name: '状态' })).toBeVisible();
	});
});
