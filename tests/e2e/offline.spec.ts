import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { NotebookPage } from './notebook-page';

test.describe('installable and offline', () => {
	test('meets the install criteria: a manifest with icons, and a service worker in control', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBeTruthy();
		const manifest = await page.evaluate(async (h) => (await fetch(h!)).json(), href);
		expect(manifest).toMatchObject({ display: 'standalone', start_url: './' });
		expect(manifest.name).toContain('Plan Indicator Notebook');
		const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		for (const icon of manifest.icons) {
			const ok = await page.evaluate(
				async (src) => (await fetch(src)).ok,
				new URL(icon.src, page.url()).href
			);
			expect(ok, icon.src).toBe(true);
		}
		await expect(page.getByTestId('offline-ready')).toBeVisible();
		const controlled = await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			return navigator.serviceWorker.controller !== null;
		});
		expect(controlled).toBe(true);
	});

	test('after one visit: reload, edit, save and switch tables with the network off', async ({
		page,
		context
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await expect(page.getByTestId('offline-ready')).toBeVisible();
		await page.evaluate(() => navigator.serviceWorker.ready);
		await context.setOffline(true);
		await page.reload();
		await expect(nb.grid).toBeVisible();
		await nb.type('gdp', 'assumed', '6');
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');
		await expect(page.getByTestId('save-status')).toHaveText('已保存');
		await page.reload();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await page.getByLabel('规划表').selectOption('jinhua-12th');
		await expect(page.locator('tr[data-id]')).toHaveCount(33);
		await page.goto('/t/jindong-13th');
		await expect(page.locator('tr[data-id]')).toHaveCount(40);
		// a share link opens offline too: everything it needs is in the fragment
		const link = readFileSync(new URL('../fixtures/links/s1-gdp-6.txt', import.meta.url), 'utf8');
		await page.goto(`/t/jindong-14th#${link.trim()}`);
		await expect(page.getByText('分享的情景“GDP 6 %”')).toBeVisible();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		// a mistyped table: the app still opens, and says so
		await page.goto('/t/no-such-table');
		await expect(page.getByText('数据集中没有“no-such-table”这张表')).toBeVisible();
		// and an address with a trailing slash is taken to the one without
		await page.goto('/t/jindong-13th/');
		await expect(page.locator('tr[data-id]')).toHaveCount(40);
		expect(new URL(page.url()).pathname).toBe('/t/jindong-13th');
		// the home page's own file name opens the home page, not a bare "Not Found"
		await page.goto('/index.html');
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		// an address that is no page says so, and leads back to the notebook
		await page.goto('/nowhere');
		await expect(page.getByText('“/nowhere”不是笔记本的页面。')).toBeVisible();
		await page.getByRole('link', { name: '打开笔记本' }).click();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		await context.setOffline(false);
	});
});
