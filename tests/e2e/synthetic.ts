import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { PlanTable } from '../../src/lib/model/table';

/**
 * Serves a generated table as if it were part of the data set: the index lists
 * it, its file is the generator's output, and its address gets a table page.
 */
export async function serveSynthetic(page: Page, table: PlanTable): Promise<string> {
	const { id, title, plan, region, baseYear, targetYear } = table;
	await page.context().route('**/data/index.json', async (route) => {
		const index = await (await route.fetch()).json();
		index.tables.push({ id, title, plan, region, baseYear, targetYear });
		await route.fulfill({ json: index });
	});
	await page.context().route(`**/data/${id}.json`, (route) => route.fulfill({ json: table }));
	await page.context().route(`**/t/${id}`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: readFileSync('build/t/jindong-14th.html', 'utf8')
		})
	);
	return id;
}
