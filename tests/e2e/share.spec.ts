import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { NotebookPage } from './notebook-page';

const fixtureLink = readFileSync(
	new URL('../fixtures/links/s1-gdp-6.txt', import.meta.url),
	'utf8'
).trim();

async function storedCount(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((ok) => {
			const r = indexedDB.open('plan-indicator-notebook');
			r.onsuccess = () => ok(r.result);
		});
		if (!db.objectStoreNames.contains('scenarios')) return 0;
		return new Promise<number>((ok) => {
			const req = db.transaction('scenarios').objectStore('scenarios').count();
			req.onsuccess = () => ok(req.result);
		});
	});
}

test.describe('share links', () => {
	test('copy a link, open it on another machine read-only, and save it as my copy', async ({
		browser
	}) => {
		const mine = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await mine.newPage();
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('gdp', 'assumed', '6');
		await nb.cell('gdp', 'projected').click();
		await page.getByTestId('note').fill('<script>window.__pwned=1</script> 按 6%');
		await page.getByTestId('note').blur();
		await page.getByRole('button', { name: '分享链接' }).click();
		const dialog = page.getByTestId('share-dialog');
		await expect(dialog).toContainText('链接无法撤回');
		const link = await page.getByTestId('share-link').inputValue();
		expect(link).toMatch(/\/t\/jindong-14th#s1\./);
		expect(link.length).toBeLessThan(2000);
		await expect(page.getByTestId('share-size')).toContainText(`${link.length} 个字符`);
		await dialog.getByRole('button', { name: '复制链接' }).click();
		await expect(dialog).toContainText('已复制到剪贴板');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

		const other = await browser.newContext();
		const theirs = await other.newPage();
		const them = new NotebookPage(theirs);
		await theirs.goto(link);
		await expect(them.grid).toBeVisible();
		await expect(theirs.getByText('分享的情景“情景”（只读）')).toBeVisible();
		await expect(them.cell('gdp', 'projected')).toHaveText('445');
		await expect(theirs).toHaveURL(/\/t\/jindong-14th$/);
		await them.cell('gdp', 'projected').click();
		await expect(theirs.getByTestId('note')).toHaveValue('<script>window.__pwned=1</script> 按 6%');
		expect(await theirs.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		// read-only: typing is refused with the reason, nothing stored
		await them.type('gdp', 'assumed', '7');
		await expect(them.error).toContainText('另存为副本后才能修改');
		await theirs.keyboard.press('Escape');
		expect(await storedCount(theirs)).toBe(0);
		await theirs.getByRole('button', { name: '另存为我的副本' }).click();
		await expect(theirs.getByTestId('scenario-name')).toHaveValue('情景');
		await expect(theirs.getByTestId('save-status')).toHaveText('已保存');
		expect(await storedCount(theirs)).toBe(1);
		await mine.close();
		await other.close();
	});

	test('a link opened in a tab already on its table opens, and a plain #anchor is no link', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await page.goto('/t/jindong-14th');
		await nb.computed();
		await page.goto('/t/jindong-14th#section-2');
		await expect(nb.grid).toBeVisible();
		await expect(page.getByRole('alert').filter({ hasText: '无法打开此链接' })).toHaveCount(0);
		// only the fragment changes: the same page reads it
		await page.goto(`/t/jindong-14th#${fixtureLink}`);
		await expect(page.getByText('分享的情景“GDP 6 %”（只读）')).toBeVisible();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await expect(page).toHaveURL(/\/t\/jindong-14th$/);
	});

	test('a link with entries it cannot use says which kind, apart', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		// made as the app makes a link (share/codec.ts), with entries no app would write
		const fragment = await page.evaluate(async () => {
			const json = JSON.stringify({
				v: 1,
				t: 'jindong-14th',
				n: 'Crafted',
				i: {
					gdp: { assumed: 'abc' },
					nosuch: { assumed: 0.1 },
					pm25: { latestYear: 1999 },
					'urbanization-rate': { assumed: '=1/0' },
					'talent-pool': { assumed: 0.05 }
				},
				a: { deflator: 'x' },
				o: { gdp: 5 }
			});
			const packed = new Blob([new TextEncoder().encode(json)])
				.stream()
				.pipeThrough(new CompressionStream('deflate-raw'));
			const bytes = new Uint8Array(await new Response(packed).arrayBuffer());
			const b64 = btoa(String.fromCharCode(...bytes));
			return 's1.' + b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		});
		await page.goto(`/t/jindong-14th#${fragment}`);
		await expect(page.getByText('分享的情景“Crafted”（只读）')).toBeVisible();
		await expect(nb.cell('talent-pool', 'assumed')).toHaveText('+5%');
		// read from the link and dropped: the text value, the deflator, the note that is a number
		await expect(page.getByText('链接中有 3 项内容无法读取，已略去。')).toBeVisible();
		await expect(page.getByText('1 项修改指向本表没有的单元格', { exact: false })).toBeVisible();
		await expect(page.getByText('2 项修改的数值不被接受', { exact: false })).toBeVisible();
	});

	test('a link never overwrites a local scenario of the same name', async ({ page }) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await nb.type('talent-pool', 'assumed', '5');
		await page.getByTestId('scenario-name').fill('GDP 6 %');
		await page.getByTestId('scenario-name').press('Enter');
		await expect(page.getByTestId('save-status')).toHaveText('已保存');
		await page.goto(`/t/jindong-14th#${fixtureLink}`);
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await page.getByRole('button', { name: '另存为我的副本' }).click();
		await expect(page.getByTestId('scenario-name')).toHaveValue('GDP 6 % 2');
		await expect(page.getByTestId('save-status')).toHaveText('已保存');
		const names = await page.getByTestId('scenario-select').locator('option').allTextContents();
		expect(names.filter((n) => n.startsWith('GDP 6 %'))).toHaveLength(2);
		await page.getByTestId('scenario-select').selectOption({ label: 'GDP 6 % · 1 处修改' });
		await expect(nb.cell('talent-pool', 'assumed')).toHaveText('+5%');
	});

	for (const [what, fragment] of [
		['truncated', fixtureLink.slice(0, 40)],
		['tampered', fixtureLink.slice(0, 30) + 'zz' + fixtureLink.slice(32)],
		['from a future version', 's9.' + fixtureLink.slice(3)],
		['not base64', 's1.<img src=x onerror=alert(1)>']
	] as const)
		test(`a ${what} link gets a clear message, the app opens normally, stored data untouched`, async ({
			page
		}) => {
			const nb = new NotebookPage(page);
			await nb.open();
			await nb.type('gdp', 'assumed', '6');
			await expect(page.getByTestId('save-status')).toHaveText('已保存');
			const before = await storedCount(page);
			await page.goto(`/t/jindong-14th#${fragment}`);
			const alert = page.getByRole('alert').filter({ hasText: '无法打开此链接' });
			await expect(alert).toBeVisible();
			// the reason in words, not a code such as notBase64
			await expect(alert).not.toContainText(/[a-z][A-Z]/);
			await expect(nb.grid).toBeVisible();
			await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
			expect(await storedCount(page)).toBe(before);
		});
});
