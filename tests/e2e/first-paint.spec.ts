import { expect, test } from '@playwright/test';
import { holdRoute } from './hold';
import { NotebookPage } from './notebook-page';

// the worker's script is held back below; the app's own service worker would fetch it past the route
test.use({ serviceWorkers: 'block' });

test('a first visit paints the published plan’s values before the engine is ready', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	const release = await holdRoute(page.context(), '**/workers/*.js');
	await page.goto('/t/jindong-14th');
	// computed in advance and shipped with the data set: on screen with no engine at all
	await expect(nb.cell('gdp', 'projected')).toHaveText('500');
	await expect(nb.cell('gdp', 'status')).toHaveText('进度正常');
	await expect(page.getByRole('status').filter({ hasText: '预先算好' })).toBeVisible();
	// editing waits for the engine, and then works
	release();
	await nb.computed();
	await nb.type('gdp', 'assumed', '6');
	await expect(nb.cell('gdp', 'projected')).toHaveText('445');
});

test('the table’s files are on their way before the data set’s index has answered', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	const release = await holdRoute(page.context(), '**/data/index.json');
	const asked = new Set<string>();
	page.context().on('request', (r) => asked.add(new URL(r.url()).pathname));
	await page.goto('/t/jindong-14th');
	await expect
		.poll(() =>
			['/data/jindong-14th.json', '/data/computed/jindong-14th.json'].filter((p) => asked.has(p))
		)
		.toHaveLength(2);
	release();
	await nb.computed();
	await expect(nb.cell('gdp', 'projected')).toHaveText('500');
});

test('a request for persistent storage the browser never answers holds up nothing', async ({
	page
}) => {
	const nb = new NotebookPage(page);
	await page.addInitScript(() => {
		// as while a browser asks the user for permission and the user has not answered
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persist', { value: () => new Promise(() => {}) });
	});
	await page.goto('/t/jindong-14th');
	await nb.computed();
	await nb.type('gdp', 'assumed', '6');
	await expect(nb.cell('gdp', 'projected')).toHaveText('445');
});
