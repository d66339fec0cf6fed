/**
 * Screenshots of the main screen at desktop and phone sizes, written to
 * screenshots/ for people to look at (not compared pixel by pixel: fonts and
 * anti-aliasing differ between machines). The checks pin what must be visible.
 */
import { expect, test } from '@playwright/test';
import { NotebookPage } from './notebook-page';

for (const [name, size] of [
	['desktop', { width: 1440, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`main screen at ${name} size shows the table, formula bar and status`, async ({ page }) => {
		await page.setViewportSize(size);
		const nb = new NotebookPage(page);
		await nb.open();
		await expect(nb.grid).toBeVisible();
		await expect(page.getByRole('rowheader', { name: /地区生产总值/ })).toBeVisible();
		await nb.cell('gdp', 'assumed').click();
		await expect(page.getByTestId('fb-content')).toContainText('=D2');
		// nothing spills past the viewport except inside the grid's own scroller
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: `screenshots/main-${name}.png` });
	});
}
