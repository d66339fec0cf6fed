/**
 * Load measurements for the browser benchmark, all timed inside the page from
 * its navigation start (performance.now()), never from Node around page.goto:
 *
 * - first values: the first projected cell (`tr[data-id] td[data-key="projected"]`)
 *   that shows a number is on screen: the probe marks it for Element Timing as it
 *   enters the DOM, and takes the render time the browser reports for it, raster and
 *   presentation included. Until 2026-11-22's fourth session this was the animation
 *   callback of the frame that showed it, before that frame's layout, paint and
 *   raster: 0.2–0.4 s early for the seed table at full speed here. A cell replaced
 *   before it was painted gets no render time; the time its frame was rendered
 *   (below) then stands in;
 * - interactive: the frame in which, in addition, the deflator
 *   input (`[data-testid="assumption-deflator"]`) is on the page and enabled —
 *   the app renders it from the engine's assumptions, so the engine is ready
 *   and an edit can be committed, has been rendered: a task posted from that
 *   frame's animation callback runs once its style, layout and paint are done;
 * - Total Blocking Time as Lighthouse computes it (its tbt-utils): long tasks (Long
 *   Tasks API) clipped to [FCP, TTI], each adding (clipped duration − 50 ms); TTI is
 *   the end of the last long task before the first 5 s without one, starting from FCP
 *   (Lighthouse also asks for a quiet network in those 5 s; the app's requests end
 *   long before, so only tasks are watched). Work before the first paint blocks
 *   nothing a user could touch, so it does not count;
 * - the harness's earlier figure, kept so that older runs compare: the same sum over
 *   every long task that starts between navigation start and interactive.
 *
 * Every selector is one the grid keeps when it renders only the visible rows
 * or when the engine moves into a Web Worker: no row count is assumed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { blocking, QUIET_MS } from './blocking';

/** What the in-page probe records; times in ms from navigation start. */
export type Marks = {
	firstValuesDom: number | null;
	firstValues: number | null;
	/** When the frame that first showed them was rendered: stands in where no render time comes. */
	firstValuesFrame: number | null;
	interactiveDom: number | null;
	interactive: number | null;
	/** Long tasks as [startTime, duration]. */
	tasks: [number, number][];
};

/** Installed with addInitScript, so it runs at document start of every navigation. Self-contained. */
export function installLoadProbe(): void {
	const marks: Marks = {
		firstValuesDom: null,
		firstValues: null,
		firstValuesFrame: null,
		interactiveDom: null,
		interactive: null,
		tasks: []
	};
	(window as unknown as { __load: Marks }).__load = marks;
	const rendered = (then: () => void) =>
		requestAnimationFrame(() => {
			const c = new MessageChannel();
			c.port1.onmessage = then;
			c.port2.postMessage(null);
		});
	const FIRST_VALUES = 'pin-first-values';
	type ElementEntry = PerformanceEntry & { identifier: string; renderTime: number };
	const timesElements = PerformanceObserver.supportedEntryTypes.includes('element');
	if (timesElements)
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as ElementEntry[])
				if (e.identifier === FIRST_VALUES && marks.firstValues === null)
					marks.firstValues = e.renderTime || e.startTime;
		}).observe({ type: 'element', buffered: true });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) marks.tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no Long Tasks API: TBT is reported as 0 tasks
	}
	const mo = new MutationObserver(() => {
		if (marks.firstValuesDom === null) {
			// only the first rows: with 10,000 rows in the DOM this runs on every mutation batch
			const cells = document.querySelectorAll('tr[data-id] td[data-key="projected"]');
			for (let i = 0; i < Math.min(cells.length, 200); i++) {
				if (/\d/.test(cells[i]!.textContent ?? '')) {
					marks.firstValuesDom = performance.now();
					if (timesElements) cells[i]!.setAttribute('elementtiming', FIRST_VALUES);
					rendered(() => (marks.firstValuesFrame = performance.now()));
					break;
				}
			}
		}
		if (marks.firstValuesDom !== null && marks.interactiveDom === null) {
			const input = document.querySelector('[data-testid="assumption-deflator"]');
			if (
				input instanceof HTMLInputElement &&
				!input.disabled &&
				!input.readOnly &&
				input.getAttribute('aria-disabled') !== 'true'
			) {
				marks.interactiveDom = performance.now();
				rendered(() => (marks.interactive = performance.now()));
				mo.disconnect();
			}
		}
	});
	mo.observe(document, {
		childList: true,
		subtree: true,
		characterData: true,
		attributes: true,
		attributeFilter: ['disabled', 'readonly', 'aria-disabled']
	});
}

/** How a measurement that did not finish is reported in the table. */
export function failure(e: unknown, timeout: number): string {
	if (e instanceof Error && e.name === 'TimeoutError')
		return `timed out after ${Math.round(timeout / 1000)} s`;
	return `failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
}

export type LoadTimes = {
	fcp: number | null;
	firstValues: number;
	interactive: number;
	/** Time to Interactive from long tasks; null when the load was not left to settle. */
	tti: number | null;
	/** Total Blocking Time, FCP to TTI; null when the load was not left to settle. */
	tbt: number | null;
	/** The longest task between FCP and TTI (unclipped), or before interactive when not settled. */
	longestTask: number;
	/** Long tasks' time over 50 ms from navigation start to interactive: the earlier figure. */
	blockedToInteractive: number;
};

/**
 * Navigates (or reloads) and waits until interactive, then reads the marks. The
 * long tasks are read after a short pause: the Long Tasks API reports a task
 * only once it has ended. With `settle`, it then waits for the quiet window
 * that marks TTI, and reports TTI and TBT.
 */
export async function timedLoad(
	page: Page,
	url: string,
	timeout: number,
	how: 'goto' | 'reload' = 'goto',
	settle = false
): Promise<LoadTimes> {
	if (how === 'goto') await page.goto(url, { timeout });
	else await page.reload({ timeout });
	await page.waitForFunction(
		() => (window as unknown as { __load?: Marks }).__load?.interactive != null,
		null,
		{ timeout, polling: 100 }
	);
	await page.waitForTimeout(300);
	// a cell replaced before it was painted gets no render time: its frame's time stands in
	await page
		.waitForFunction(
			() => (window as unknown as { __load: Marks }).__load.firstValues != null,
			null,
			{
				timeout: 2_000,
				polling: 100
			}
		)
		.catch(() => undefined);
	if (settle)
		await page.waitForFunction(
			(quiet) => {
				const m = (window as unknown as { __load: Marks }).__load;
				const last = m.tasks.reduce((end, [s, d]) => Math.max(end, s + d), m.interactiveDom!);
				return performance.now() - last > quiet;
			},
			QUIET_MS,
			{ timeout: timeout + QUIET_MS, polling: 250 }
		);
	const raw = await page.evaluate(() => {
		const m = (window as unknown as { __load: Marks }).__load;
		const paint = performance
			.getEntriesByType('paint')
			.find((e) => e.name === 'first-contentful-paint');
		const nav = performance.getEntriesByType('navigation')[0] as
			PerformanceNavigationTiming | undefined;
		return {
			marks: m,
			fcp: paint ? paint.startTime : null,
			dcl: nav?.domContentLoadedEventEnd ?? 0
		};
	});
	const { marks: m, fcp } = raw;
	const before = m.tasks.filter(([start]) => start < m.interactiveDom!);
	const times = {
		fcp,
		firstValues: m.firstValues ?? m.firstValuesFrame!,
		interactive: m.interactive!,
		blockedToInteractive: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0)
	};
	if (!settle || fcp === null)
		return {
			...times,
			tti: null,
			tbt: null,
			longestTask: before.reduce((s, [, d]) => Math.max(s, d), 0)
		};
	return { ...times, ...blocking(m.tasks, fcp, raw.dcl) };
}

export async function freshContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: { width: 1440, height: 900 },
		locale: 'zh-CN'
	});
	await context.addInitScript(installLoadProbe);
	return context;
}

/** A fresh first visit with the CPU slowed `rate` times (Chrome DevTools Protocol). */
export async function throttledFirstVisit(
	browser: Browser,
	url: string,
	rate: number,
	timeout: number
): Promise<LoadTimes> {
	const context = await freshContext(browser);
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		return await timedLoad(page, url, timeout, 'goto', true);
	} finally {
		await context.close();
	}
}

/**
 * A fresh first visit, then the offline repeat visit: wait until the service
 * worker is ready and controls the page (reloading once if it does not), make
 * sure `extraCached` (files added to the build after it was made, so not in the
 * precache list: [cache key, address to fetch it from]) are in the worker's
 * cache as a shipped file would be, give the app time to save its computed
 * rows, go offline and load the same address again. A failure of the offline visit is
 * returned as text, beside the first visit's figures.
 */
export async function firstAndOfflineVisit(
	browser: Browser,
	url: string,
	timeout: number,
	extraCached: [key: string, from: string][]
): Promise<{ first: LoadTimes; offline: LoadTimes | string }> {
	const context = await freshContext(browser);
	try {
		const page = await context.newPage();
		const first = await timedLoad(page, url, timeout);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const controlled = () =>
			page
				.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
					timeout: 10_000
				})
				.then(
					() => true,
					() => false
				);
		if (!(await controlled())) {
			await timedLoad(page, url, timeout, 'reload');
			if (!(await controlled())) return { first, offline: 'no service worker in control' };
		}
		const missing = await page.evaluate(async (files) => {
			const name = (await caches.keys()).find((k) => k.startsWith('pin-'));
			if (!name) return 'no precache';
			const cache = await caches.open(name);
			for (const [key, from] of files) {
				if (await cache.match(key)) continue;
				const res = await fetch(from);
				if (!res.ok) return `${from}: HTTP ${res.status}`;
				await cache.put(key, res);
			}
			return null;
		}, extraCached);
		if (missing) return { first, offline: missing };
		// a repeat visit comes later than this: give the app the moment it takes to save the computed
		// rows (1.5 s after the build), which the repeat visit paints while the engine builds
		await page.waitForTimeout(2_500);
		await context.setOffline(true);
		let offline: LoadTimes;
		try {
			offline = await timedLoad(page, url, timeout);
		} catch (e) {
			return { first, offline: failure(e, timeout) };
		}
		const viaWorker = await page.evaluate(
			() =>
				(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
					?.workerStart ?? 0
		);
		if (!(viaWorker > 0)) return { first, offline: 'not served by the service worker' };
		return { first, offline };
	} finally {
		await context.close();
	}
}

export type Chunk = { path: string; raw: number; gzip: number };
export type RouteJs = {
	route: string;
	/** Main-thread scripts other than HyperFormula's chunk: what the route runs before the engine. */
	beforeEngine: Chunk[];
	hyperFormula: Chunk[];
	/** Scripts a Web Worker was started with (none while the engine runs on the main thread). */
	worker: Chunk[];
};

/**
 * The .js a fresh first visit of `route` loads until interactive (and a second
 * after), read from the served build directory by path: raw and gzip sizes.
 */
export async function routeJs(
	browser: Browser,
	base: string,
	route: string,
	dir: string,
	timeout: number
): Promise<RouteJs> {
	const context = await freshContext(browser);
	const paths = new Set<string>();
	const workers = new Set<string>();
	try {
		const page = await context.newPage();
		page.on('response', (r) => {
			const p = new URL(r.url()).pathname;
			if (p.endsWith('.js')) paths.add(p);
		});
		page.on('worker', (w) => {
			const u = new URL(w.url());
			const p = u.protocol.startsWith('http') ? u.pathname : w.url();
			workers.add(p);
			paths.add(p);
		});
		await timedLoad(page, `${base}${route}`, timeout);
		await page.waitForTimeout(1000);
	} finally {
		await context.close();
	}
	const out: RouteJs = { route, beforeEngine: [], hyperFormula: [], worker: [] };
	for (const path of [...paths].sort()) {
		// the service worker's own script is not part of the page's load
		if (path.endsWith('/service-worker.js')) continue;
		if (!existsSync(`${dir}${path}`)) {
			// a worker from a blob: or data: address has no file to weigh
			out.worker.push({ path, raw: NaN, gzip: NaN });
			continue;
		}
		const buf = readFileSync(`${dir}${path}`);
		const chunk = { path, raw: buf.length, gzip: gzipSync(buf).length };
		if (workers.has(path) || path.includes('/workers/')) out.worker.push(chunk);
		else if (buf.includes('HyperFormula')) out.hyperFormula.push(chunk);
		else out.beforeEngine.push(chunk);
	}
	return out;
}
