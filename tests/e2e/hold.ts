import type { BrowserContext } from '@playwright/test';

/** Holds back every request matching `pattern` until the returned function is called. */
export async function holdRoute(context: BrowserContext, pattern: string): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((r) => (release = r));
	await context.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
