import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { UPDATE_DIR, UPDATE_PORT } from '../../playwright.config';
import { NotebookPage } from './notebook-page';

test.use({ baseURL: `http://localhost:${UPDATE_PORT}` });

test('a new deployment is announced, and reloading after saving switches to it', async ({
	page
}) => {
	// installing the next version precaches the whole build again: slow on a busy machine
	test.setTimeout(90_000);
	const worker = `${UPDATE_DIR}/service-worker.js`;
	const original = readFileSync(worker, 'utf8');
	try {
		const nb = new NotebookPage(page);
		await nb.open();
		await expect(page.getByTestId('offline-ready')).toBeVisible();
		await nb.type('gdp', 'assumed', '6');
		// the next deployment: the same worker with another build stamp
		writeFileSync(worker, original.replace(/pin-/g, 'pin-next-'));
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.getByText('笔记本有新版本可用')).toBeVisible();
		// the old version keeps running until the user says so
		await expect(nb.cell('gdp', 'projected')).toHaveText('445');
		// waiting for the load before the click: a fast reload must not slip past the wait
		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: '立即重新加载' }).click()
		]);
		await expect(nb.grid).toBeVisible();
		await expect(nb.cell('gdp', 'assumed')).toHaveText('+6%');
		const keys = await page.evaluate(() => caches.keys());
		expect(keys.length).toBeGreaterThan(0);
		expect(keys.every((k) => k.startsWith('pin-next-'))).toBe(true);
	} finally {
		writeFileSync(worker, original);
	}
});
