import { expect, test, type Page } from '@playwright/test';
import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotebookPage } from './notebook-page';

async function saved(page: Page) {
	await expect(page.getByTestId('save-status')).toHaveText('已保存');
}

test.describe('scenarios', () => {
	test('an edit on the published plan starts a scenario, is saved, and survives a reload', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		const top = () => nb.grid.evaluate((g) => g.getBoundingClientRect().top + scrollY);
		const before = await top();
		await nb.type('gdp', 'assumed', '6');
		// the news floats over the page's corner: the grid stays where it was under the keyboard,
		// and the news goes by itself after a while
		const news = page.getByText('已新建“情景”');
		await expect(news).toBeVisible();
		expect(await top()).toBe(before);
		await saved(page);
		await expect(news).toBeHidden({ timeout: 15_000 });
		// the answer to navigator.storage.persist() is shown, whichever it is
		await expect(page.getByTestId('storage-persisted')).toHaveText(/^存储：/);
		await page.reload();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(nb.cell('gdp', 'assumed')).toHaveClass(/edited/);
		await expect(page.getByTestId('scenario-select')).toHaveValue(/.+/);
		await expect(page.getByTestId('scenario-name')).toHaveValue('情景');
		// the published plan is still as published
		await page.getByTestId('scenario-select').selectOption({ label: '规划原表' });
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+8.5%');
	});

	test('undo and redo with the keyboard, per scenario', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await nb.type('gdp', 'assumed', '7');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+7%');
		await page.keyboard.press('Control+z');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await page.keyboard.press('Control+z');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+8.5%');
		await page.keyboard.press('Control+y');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await saved(page);
		await page.reload();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
	});

	test('rename, duplicate, and delete with undo', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('talent-pool', 'assumed', '5');
		const name = page.getByTestId('scenario-name');
		await name.fill('人才 5%');
		await name.press('Enter');
		await saved(page);
		await page.getByRole('button', { name: '复制' }).click();
		await expect(name).toHaveValue('人才 5%（副本）');
		await expect(nb.cell('talent-pool', 'assumed')).toHaveText('+5%');
		await page.getByRole('button', { name: '删除' }).click();
		await expect(page.getByText('已删除“人才 5%（副本）”')).toBeVisible();
		await expect(nb.cell('talent-pool', 'assumed')).toHaveText('+6.4%');
		await page.getByRole('button', { name: '撤销删除' }).click();
		await expect(name).toHaveValue('人才 5%（副本）');
		await expect(nb.cell('talent-pool', 'assumed')).toHaveText('+5%');
		await saved(page);
		await page.reload();
		const options = page.getByTestId('scenario-select').locator('option');
		await expect(options).toHaveCount(3);
	});

	test('compare shows the inputs and the results that differ, with deltas', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await page.getByRole('button', { name: '对比' }).click();
		// the picker shows the scenario compared with, not a blank
		await expect(page.getByTestId('compare-with').locator('option:checked')).toHaveText('规划原表');
		const inputs = page.getByTestId('compare-inputs');
		await expect(inputs).toContainText('地区生产总值');
		await expect(inputs).toContainText('+8.5%');
		await expect(inputs).toContainText('+6%');
		const results = page.getByTestId('compare-results');
		await expect(results).toContainText('500');
		await expect(results).toContainText('445');
		// current − published: 445 − 500
		await expect(results).toContainText('−55.01');
	});

	test('a note still being typed when the page reloads is kept', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await saved(page);
		await nb.cell('gdp', 'projected').click();
		// typed, and never left: no change event before the reload
		await page.getByTestId('note').pressSequentially('按 6% 测算');
		await page.reload();
		await expect(page.getByText('上次关闭时未保存的修改现已保存')).toBeVisible();
		await nb.cell('gdp', 'projected').click();
		await expect(page.getByTestId('note')).toHaveValue('按 6% 测算');
	});

	test('notes are kept with the scenario and shown as text, never as HTML', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await nb.cell('gdp', 'projected').click();
		const note = page.getByTestId('note');
		await note.fill('<img src=x onerror="window.__pwned=1"> 按 6% 测算');
		await note.blur();
		await saved(page);
		await page.reload();
		await nb.cell('gdp', 'projected').click();
		await expect(page.getByTestId('note')).toHaveValue(
			'<img src=x onerror="window.__pwned=1"> 按 6% 测算'
		);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	});

	test('two tabs on the same scenario: an edit in one appears in the other', async ({
		context
	}) => {
		const one = await context.newPage();
		const a = new NotebookPage(one);
		await a.open();
		await a.type('gdp', 'assumed', '6');
		await saved(one);
		const two = await context.newPage();
		const b = new NotebookPage(two);
		await b.open();
		await expect(b.cell('gdp', 'assumed')).toHaveText('+6%');
		await a.type('gdp', 'assumed', '7');
		await saved(one);
		await expect(b.cell('gdp', 'assumed')).toHaveText('+7%');
		await expect(two.getByText('已在另一标签页更新')).toBeVisible();
		// the second tab edits on top of the latest revision: no conflict either way
		await b.type('talent-pool', 'assumed', '5');
		await saved(two);
		await expect(a.cell('talent-pool', 'assumed')).toHaveText('+5%');
		await expect(a.cell('gdp', 'assumed')).toHaveText('+7%');
	});

	test('a corrupt stored record is reported, set aside, and the app still starts', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await saved(page);
		await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((ok, fail) => {
				const r = indexedDB.open('plan-indicator-notebook');
				r.onsuccess = () => ok(r.result);
				r.onerror = () => fail(r.error);
			});
			await new Promise<void>((ok, fail) => {
				const tx = db.transaction('scenarios', 'readwrite');
				tx.objectStore('scenarios').put(
					{ type: 'scenario', schemaVersion: 2, scenario: 42 },
					'broken'
				);
				tx.objectStore('scenarios').put('not even an object', 'garbage');
				tx.oncomplete = () => ok();
				tx.onerror = () => fail(tx.error);
			});
			db.close();
		});
		await page.reload();
		await expect(page.getByText('2 条存储记录无法读取，已另行保存（未删除）')).toBeVisible();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		const kept = await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((ok) => {
				const r = indexedDB.open('plan-indicator-notebook');
				r.onsuccess = () => ok(r.result);
			});
			return new Promise<number>((ok) => {
				const req = db.transaction('quarantine').objectStore('quarantine').count();
				req.onsuccess = () => ok(req.result);
			});
		});
		expect(kept).toBe(2);
	});

	test('with browser storage blocked, the app works in memory, says so, and offers export', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
		});
		const nb = new NotebookPage(page);
		await nb.open();
		await expect(page.getByText('浏览器存储不可用')).toBeVisible();
		await nb.type('gdp', 'assumed', '6');
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');
		await expect(page.getByTestId('save-status')).toHaveText('仅保留在本标签页');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: '全部导出（JSON）' }).first().click();
		const file = await download;
		const body = JSON.parse(
			await new Promise<string>((ok) => {
				void file.createReadStream().then((stream) => {
					let text = '';
					stream.on('data', (c: Buffer) => (text += c.toString()));
					stream.on('end', () => ok(text));
				});
			})
		) as { scenarios: { scenario: { inputs: Record<string, unknown> } }[] };
		expect(body.scenarios[0]!.scenario.inputs).toEqual({ gdp: { assumed: 0.06 } });
	});
});

test.describe('scenario files', () => {
	test('exported, then imported into a browser with nothing stored: the scenario and its edits are back', async ({
		browser
	}) => {
		const mine = await browser.newContext({ acceptDownloads: true });
		const page = await mine.newPage();
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await page.getByTestId('scenario-name').fill('GDP 6%');
		await page.getByTestId('scenario-name').press('Enter');
		await saved(page);
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: '全部导出（JSON）' }).click()
		]);
		const body = await readFile((await file.path())!);
		await mine.close();

		const other = await browser.newContext();
		const theirs = await other.newPage();
		const them = new NotebookPage(theirs);
		await them.open();
		const upload = { name: 'scenarios.json', mimeType: 'application/json', buffer: body };
		await theirs.getByTestId('import-file').setInputFiles(upload);
		await expect(theirs.getByText('已导入 1 个情景。')).toBeVisible();
		await theirs.getByTestId('scenario-select').selectOption({ label: 'GDP 6% · 1 处修改' });
		await expect(them.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(them.cell('gdp', 'projected')).toHaveText('445');
		// the same file again adds nothing: that scenario is here already
		await theirs.getByTestId('import-file').setInputFiles(upload);
		await expect(theirs.getByText('已导入 0 个情景。')).toBeVisible();
		// and after a reload it is still stored
		await theirs.reload();
		await them.computed();
		const names = await theirs.getByTestId('scenario-select').locator('option').allTextContents();
		expect(names.filter((n) => n.startsWith('GDP 6%'))).toHaveLength(1);
		// a file that is not one says so, and changes nothing
		await theirs.getByTestId('import-file').setInputFiles({
			name: 'x.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"a":1}')
		});
		await expect(theirs.getByText('此文件不是笔记本导出的情景文件。')).toBeVisible();
		// nor is a file too large to be one: it is refused before it is read
		const huge = join(tmpdir(), `pin-import-${process.pid}.json`);
		await writeFile(huge, '');
		await truncate(huge, 50 * 2 ** 20 + 1);
		try {
			await theirs.getByTestId('import-file').setInputFiles(huge);
			await expect(theirs.getByText('此文件超过 50 MB')).toBeVisible();
		} finally {
			await rm(huge, { force: true });
		}
		await other.close();
	});
});
