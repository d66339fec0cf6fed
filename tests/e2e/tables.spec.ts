import { expect, test } from '@playwright/test';
import { NotebookPage } from './notebook-page';

test.describe('every table of the data set', () => {
	test('the picker opens each table at its own address, with its own years and notes', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await page.getByLabel('规划表').selectOption('jindong-13th');
		await expect(page).toHaveURL(/\/t\/jindong-13th$/);
		await expect(page.locator('tr[data-id]')).toHaveCount(40);
		await expect(page.getByRole('columnheader', { name: '2015年基期' })).toBeVisible();
		await expect(page.getByRole('columnheader', { name: '实际增长（原表）' })).toBeVisible();
		// the 2020 actual is the latest value; 259.3 ≥ 230 is achieved
		await expect(nb.cell('gdp', 'latestValue')).toHaveText('259.3');
		await expect(nb.cell('gdp', 'status')).toHaveText('已完成');
		await expect(page.locator('footer')).toContainText('001_82d66b1614de0eb7.txt');
		await page.reload();
		await expect(page.locator('tr[data-id]')).toHaveCount(40);
	});

	test('figures stated elsewhere appear beside their indicator, with their source', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		await page.goto('/t/jinhua-12th');
		await nb.cell('gdp', 'target').click();
		const related = page.getByRole('list', { name: '其他文件所列' });
		await expect(related).toContainText('2011年目标');
		await expect(related).toContainText('004_b52ee32343afb043.txt');
	});

	test('the deflator assumption moves nominal GDP and nothing at its own prices', async ({
		page
	}) => {
		const nb = new NotebookPage(page);
		await nb.open();
		const deflator = page.getByTestId('assumption-deflator');
		await expect(deflator).toHaveValue('5.2%');
		await deflator.fill('2%');
		await deflator.press('Enter');
		// 258 × (1.085 × 1.02)^5 = 428.3
		await expect(nb.cell('gdp', 'projected')).toHaveText('428.3');
		await expect(nb.cell('talent-pool', 'projected')).toHaveText('10.02');
		await deflator.fill('abc');
		await deflator.press('Enter');
		await expect(page.getByRole('alert').filter({ hasText: '“abc”不是数字' })).toBeVisible();
		await expect(nb.cell('gdp', 'projected')).toHaveText('428.3');
		await deflator.fill('');
		await deflator.press('Enter');
		await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	});
});
