/**
 * The JS heap of the engine's Web Worker, after a garbage collection. The page's
 * `performance.memory` counts the page's own heap only, and a worker has no such
 * field, so this asks the worker's target over the browser's DevTools protocol.
 */
import type { Browser } from '@playwright/test';

type HeapUsage = { usedSize: number };

export async function workerHeapMB(browser: Browser, urlPart = 'engine.worker'): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	try {
		const { targetInfos } = await cdp.send('Target.getTargets');
		const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes(urlPart));
		if (!target) throw new Error(`no worker whose address holds "${urlPart}"`);
		// a worker is reached through its target's session, which Playwright's API does not expose
		const { sessionId } = await cdp.send('Target.attachToTarget', {
			targetId: target.targetId,
			flatten: false
		});
		const replies = new Map<number, (result: unknown) => void>();
		cdp.on('Target.receivedMessageFromTarget', (e) => {
			const m = JSON.parse(e.message) as { id?: number; result?: unknown };
			if (m.id !== undefined) replies.get(m.id)?.(m.result);
		});
		let next = 0;
		const send = (method: string) =>
			new Promise<unknown>((resolve) => {
				const id = ++next;
				replies.set(id, resolve);
				void cdp.send('Target.sendMessageToTarget', {
					sessionId,
					message: JSON.stringify({ id, method, params: {} })
				});
			});
		await send('HeapProfiler.collectGarbage');
		const usage = (await send('Runtime.getHeapUsage')) as HeapUsage;
		await cdp.send('Target.detachFromTarget', { sessionId });
		return usage.usedSize / 2 ** 20;
	} finally {
		await cdp.detach();
	}
}
