import { expect, test } from '@playwright/test';
import { NotebookPage } from './notebook-page';

// the first visit, before a service worker holds the app's files
test.use({ serviceWorkers: 'block' });

for (const [what, pattern] of [
	['its start-up script', '**/_app/immutable/entry/start.*.js'],
	['a chunk every page needs', '**/_app/immutable/chunks/*.js']
] as const)
	test(`the app's files missing (${what}): the page says so and offers a reload that works once they are back`, async ({
		page
	}) => {
		// as when a deployment replaces the files while the page loads
		await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'gone' }));
		await page.goto('/');
		const failed = page.getByRole('alert').filter({ hasText: 'did not load' });
		await expect(failed).toBeVisible();
		await expect(failed).toContainText('未能载入');
		await expect(page.getByRole('progressbar')).toBeHidden();
		await page.screenshot({ path: 'screenshots/boot-failed.png' });

		await page.unroute(pattern);
		await Promise.all([
			page.waitForEvent('load'),
			failed.getByRole('button', { name: /Reload/ }).click()
		]);
		await new NotebookPage(page).computed();
		await expect(failed).toBeHidden();
	});

test('a page that loads normally never shows the message', async ({ page }) => {
	await new NotebookPage(page).open();
	await expect(page.locator('.boot-failed')).toBeHidden();
});
