/**
 * Edit-to-screen in the built app, in real Chromium: from the keydown that
 * commits an edit to (a) the DOM showing the new dependent value and (b) the
 * next animation frame, for one indicator's assumed growth and for the global
 * deflator, on the seed table and on synthetic tables of 1,000 and 10,000
 * indicators. Also load (tests/bench/load.ts: first values and interactive on
 * a first visit and an offline repeat visit, Total Blocking Time at 4× CPU
 * throttling), JS per route, and the page's and the engine worker's JS heap
 * after load.
 * Run with `npm run bench` (after a build); results go to BENCHMARKS.md.
 * Environment: BENCH_BROWSER_SIZES (default 1000,10000), BENCH_EDITS (200 on the seed table,
 * 50 on the synthetic ones), BENCH_WARMUP (10),
 * BENCH_GC_EDITS (table-wide edits traced for garbage collection after the timed ones, 40),
 * BENCH_LOADS (fresh loads per table and kind, 3), BENCH_TIMEOUT_S (60): a table
 * that does not become interactive in that time is reported as timed out;
 * BENCH_PORT (4175) for the preview server.
 */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import {
	failure,
	firstAndOfflineVisit,
	routeJs,
	throttledFirstVisit,
	type Chunk,
	type LoadTimes,
	type RouteJs
} from './load';
import { fmt, fmtRange, p95Windows, summarize, type Summary } from './stats';
import { machine, writeSection } from './report';
import { stageBuild, startPreview } from './stage';
import { formulaCells } from './cells';
import { workerHeapMB } from './worker-heap';
import { stealSpan } from './steal';
import { traceGc, type GcReading } from './gc-trace';
import { loadTable } from '../unit/load-table';
import { syntheticTable } from '../../src/lib/tables/synthetic';

const DIR = '.bench-build';
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const URL = `http://localhost:${PORT}`;
const SIZES = (process.env.BENCH_BROWSER_SIZES ?? '1000,10000')
	.split(',')
	.filter(Boolean)
	.map(Number);
/**
 * Edits measured per kind. The seed table's bar sits near its p95 on this machine, where the
 * p95 of 50 edits is their third slowest and moves by a millisecond between runs of the same
 * build: 200 edits there give a p95 that one slow edit cannot carry, and each 50 in turn is
 * reported beside it. The synthetic tables are far from their bars.
 */
const SEED_EDITS = Number(process.env.BENCH_EDITS ?? 200);
const EDITS = Number(process.env.BENCH_EDITS ?? 50);
/** The p95 of each run of this many edits in turn. */
const WINDOW = 50;
/**
 * Edits before the measured ones. A fresh page's first edits run code the JIT has not
 * yet compiled: on the seed table the first ten took a median of 1.9–2.4 ms against 1.1–1.3
 * ms after. They are reported apart, as "first edits", not left out.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
/** Table-wide edits traced for their garbage collections, after the timed ones (tracing slows the page). */
const GC_EDITS = Number(process.env.BENCH_GC_EDITS ?? 40);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 60);
const TIMEOUT = TIMEOUT_S * 1000;
const THROTTLE = 4;
let server: ChildProcess | null = null;

beforeAll(async () => {
	stageBuild('build', DIR, SIZES);
	server = await startPreview(DIR, PORT);
});

afterAll(() => {
	server?.kill();
	rmSync(DIR, { recursive: true, force: true });
});

/** Installs the in-page probe: keydown (capture) → mutation of `selector` → next frame. */
async function probe(page: Page, selector: string): Promise<void> {
	await page.evaluate((sel) => {
		const w = window as unknown as { __t0: number; __wait: Promise<[number, number]> | null };
		document.addEventListener(
			'keydown',
			(e) => {
				if (e.key !== 'Enter') return;
				w.__t0 = performance.now();
				const cell = document.querySelector(sel);
				w.__wait = new Promise((resolve) => {
					const mo = new MutationObserver(() => {
						const dom = performance.now() - w.__t0;
						mo.disconnect();
						requestAnimationFrame(() => resolve([dom, performance.now() - w.__t0]));
					});
					if (cell) mo.observe(cell, { childList: true, characterData: true, subtree: true });
					// an edit that changes nothing on screen must not hang the run: it is counted as missed
					setTimeout(() => {
						mo.disconnect();
						resolve([NaN, NaN]);
					}, 3000);
				});
			},
			true
		);
	}, selector);
}

/** Main-thread tasks over 50 ms, recorded from here on (the Long Tasks API). */
async function watchLongTasks(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __long: number[]; __watching?: boolean };
		w.__long = [];
		if (w.__watching) return;
		w.__watching = true;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(e.duration);
		}).observe({ type: 'longtask' });
	});
}

async function measure(page: Page, edits: number, edit: (i: number) => Promise<void>) {
	const dom: number[] = [];
	const frame: number[] = [];
	const first: number[] = [];
	await watchLongTasks(page);
	const steal = stealSpan();
	for (let i = 0; i < edits + WARMUP; i++) {
		await edit(i);
		const [d, f] = (await page.evaluate(
			() => (window as unknown as { __wait: Promise<[number, number]> }).__wait
		)) as [number, number];
		// what shows first may be the page's preview: the next edit waits for the engine's answer
		await page.locator('table[role="grid"][aria-busy="false"]').waitFor({ timeout: TIMEOUT });
		if (!Number.isFinite(d)) continue;
		if (i < WARMUP) first.push(d);
		else {
			dom.push(d);
			frame.push(f);
		}
	}
	const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
	return {
		dom: summarize(dom),
		frame: summarize(frame),
		first: first.length ? summarize(first) : null,
		firstEdit: first[0] ?? null,
		windows: p95Windows(dom, WINDOW),
		longest: Math.max(0, ...long),
		steal: steal()
	};
}

/**
 * `first`: the warm-up edits' edit → DOM; `windows`: the p95 of each WINDOW edits in turn;
 * `longest`: the longest main-thread task during all the edits, warm-up included (0 when
 * none passed 50 ms).
 */
type Measured = {
	dom: Summary;
	frame: Summary;
	first: Summary | null;
	/** The very first edit's edit → DOM: on a fresh page, the first edit its user makes. */
	firstEdit: number | null;
	windows: number[];
	longest: number;
	/** The host's CPU steal during the edits, in percent of the machine's CPU time (null: unknown). */
	steal: number | null;
};

type Result = {
	table: string;
	rows: number;
	heapMB: number;
	workerHeapMB: number;
	single: Measured;
	global: Measured | null;
	/** The main thread's collections during GC_EDITS traced table-wide edits after the measured ones. */
	gc: GcReading | null;
};

/** A table's result, or why it has none. */
type Outcome = Result | { table: string; rows: number; failed: string };
const succeeded = (results: Outcome[]) => results.filter((r): r is Result => !('failed' in r));

const longest = (m: Measured) => (m.longest ? `${m.longest.toFixed(0)} ms` : 'none');

const launch = (extra: string[] = []) =>
	chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extra] });

async function run(tableId: string, rows: number): Promise<Result> {
	const browser = await launch(['--enable-precise-memory-info']);
	try {
		const context = await browser.newContext({
			viewport: { width: 1440, height: 900 },
			locale: 'zh-CN'
		});
		const page = await context.newPage();
		await page.goto(`${URL}/t/${tableId}`, { timeout: TIMEOUT });
		await page
			.locator('tr[data-id] td[data-key="projected"]')
			.first()
			.waitFor({ timeout: TIMEOUT });
		// the engine is ready once the deflator input is enabled (see load.ts): it shows, disabled,
		// from the table's head before; the heap and the edits are measured after the build's rows
		await page
			.getByTestId('assumption-deflator')
			.and(page.locator(':enabled'))
			.waitFor({ timeout: TIMEOUT });
		await page.locator('table[role="grid"][aria-busy="false"]').waitFor({ timeout: TIMEOUT });
		// both heaps after a collection: what the page and the engine hold, not garbage not yet swept
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.detach();
		const heapMB = await page.evaluate(
			() =>
				((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
					?.usedJSHeapSize ?? 0) /
				2 ** 20
		);
		const workerMB = await workerHeapMB(browser);
		// one indicator's assumed growth: the first compound-growth row on screen
		const id = (await page
			.locator('tr[data-id]')
			.filter({ has: page.locator('td[data-key="stated"]', { hasText: '%' }) })
			.first()
			.getAttribute('data-id'))!;
		await probe(page, `tr[data-id="${id}"] td[data-key="projected"]`);
		const cell = page.locator(`tr[data-id="${id}"] td[data-key="assumed"]`);
		const edits = tableId.startsWith('synthetic-') ? EDITS : SEED_EDITS;
		const single = await measure(page, edits, async (i) => {
			await cell.click();
			await page.keyboard.type(String(i % 2 ? 9 : 3));
			await page.keyboard.press('Enter');
		});
		let global: Result['global'] = null;
		let gc: GcReading | null = null;
		const deflator = page.getByTestId('assumption-deflator');
		if (await deflator.count()) {
			// every real-growth row changes in the same flush: the first change in the grid is the update
			await probe(page, 'table[role="grid"]');
			const editDeflator = async (i: number) => {
				await deflator.fill(`${i % 2 ? 7 : 2}%`);
				await deflator.press('Enter');
			};
			global = await measure(page, edits, editDeflator);
			gc = await traceGc(page, async () => {
				for (let i = 0; i < GC_EDITS; i++) {
					await editDeflator(i);
					await page.locator('table[role="grid"][aria-busy="false"]').waitFor({ timeout: TIMEOUT });
				}
			});
		}
		return { table: tableId, rows, heapMB, workerHeapMB: workerMB, single, global, gc };
	} finally {
		await browser.close();
	}
}

/** Samples of one kind of load, and what stopped the ones that did not finish. */
type Samples = { values: LoadTimes[]; failures: string[] };
type Load = {
	table: string;
	rows: number;
	first: Samples;
	offline: Samples;
	throttled: Samples;
};

const failed = (e: unknown) => failure(e, TIMEOUT);

/**
 * LOADS fresh contexts (a first visit, then the offline repeat visit in the same
 * context), then LOADS fresh throttled first visits. A first attempt that
 * fails is not repeated: at the size that times out that would only cost time.
 */
async function load(
	browser: Browser,
	tableId: string,
	rows: number,
	extraCached: [string, string][]
): Promise<Load> {
	const url = `${URL}/t/${tableId}`;
	const out: Load = {
		table: tableId,
		rows,
		first: { values: [], failures: [] },
		offline: { values: [], failures: [] },
		throttled: { values: [], failures: [] }
	};
	for (let i = 0; i < LOADS; i++) {
		try {
			const r = await firstAndOfflineVisit(browser, url, TIMEOUT, extraCached);
			out.first.values.push(r.first);
			if (typeof r.offline === 'string') out.offline.failures.push(r.offline);
			else out.offline.values.push(r.offline);
		} catch (e) {
			// a failure after the first visit was measured belongs to the offline visit
			const target = out.first.values.length > i ? out.offline : out.first;
			target.failures.push(failed(e));
			if (i === 0 && !out.first.values.length) break;
		}
	}
	if (!out.first.values.length) {
		out.throttled.failures.push('not run: the unthrottled load did not finish');
		return out;
	}
	for (let i = 0; i < LOADS; i++) {
		try {
			out.throttled.values.push(await throttledFirstVisit(browser, url, THROTTLE, TIMEOUT));
		} catch (e) {
			out.throttled.failures.push(failed(e));
			if (i === 0) break;
		}
	}
	return out;
}

/** "1234 ms (1100–1400, n=3)", or why there is no figure. */
function figure(s: Samples, pick: (t: LoadTimes) => number | null): string {
	const xs = s.values.map(pick).filter((x): x is number => x !== null && Number.isFinite(x));
	const why = [...new Set(s.failures)].join('; ');
	if (!xs.length) return why || '—';
	const k = s.failures.length;
	return `${fmtRange(summarize(xs))}${k ? ` (${k} of ${s.values.length + k} ${why})` : ''}`;
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
function weigh(chunks: Chunk[]): string {
	if (!chunks.length) return 'none';
	if (chunks.some((c) => !Number.isFinite(c.raw)))
		return `${chunks.length} file(s), not all weighable (blob: or data: address)`;
	const raw = chunks.reduce((s, c) => s + c.raw, 0);
	const gz = chunks.reduce((s, c) => s + c.gzip, 0);
	return `${kib(gz)} gzip (${kib(raw)} raw, ${chunks.length} file${chunks.length > 1 ? 's' : ''})`;
}
const names = (chunks: Chunk[]) =>
	chunks.length ? chunks.map((c) => `\`${c.path.split('/').pop()}\``).join(', ') : '—';

function jsShipped(): string {
	const dir = 'build/_app/immutable';
	const files: string[] = [];
	const walk = (d: string) => {
		for (const f of readdirSync(d)) {
			const p = join(d, f);
			if (statSync(p).isDirectory()) walk(p);
			else if (p.endsWith('.js')) files.push(p);
		}
	};
	walk(dir);
	let raw = 0;
	let gz = 0;
	let hfRaw = 0;
	let hfGz = 0;
	for (const f of files) {
		const buf = readFileSync(f);
		const z = gzipSync(buf).length;
		raw += buf.length;
		gz += z;
		if (buf.includes('HyperFormula')) {
			hfRaw += buf.length;
			hfGz += z;
		}
	}
	return `All JS in the build, every route together: ${kib(raw)} raw, ${kib(gz)} gzip; of which HyperFormula: ${kib(hfRaw)} raw, ${kib(hfGz)} gzip; the rest: ${kib(gz - hfGz)} gzip.`;
}

const pct = (x: number | null) => (x === null ? 'unknown' : `${x.toFixed(1)} %`);
const p95s = (m: Measured) =>
	m.windows.length ? `${m.windows.map((x) => x.toFixed(1)).join(', ')} ms` : '—';

/** The warm-up edits: a fresh page's first edits run code the JIT has not compiled yet. */
function firstLines(results: Outcome[]): string[] {
	const ok = succeeded(results);
	if (!ok.length || !WARMUP) return [];
	return [
		'',
		`The first ${WARMUP} edits of each kind, edit → DOM (the single edits are a fresh page's first), and`,
		"the CPU time the host took from this virtual machine while each kind's edits ran (steal, in",
		'/proc/stat): a run with more of it is a noisier run of the same build.',
		'',
		'| table | single: the first edit | single: first edits | global: first edits | single: p95 of each 50 | global: p95 of each 50 | single: host steal | global: host steal |',
		'|---|---:|---|---|---|---|---:|---:|',
		...ok.map(
			(r) =>
				`| ${r.table} | ${r.single.firstEdit === null ? '—' : `${r.single.firstEdit.toFixed(2)} ms`} | ${r.single.first ? fmt(r.single.first) : '—'} | ${r.global?.first ? fmt(r.global.first) : '—'} | ${p95s(r.single)} | ${r.global ? p95s(r.global) : '—'} | ${pct(r.single.steal)} | ${r.global ? pct(r.global.steal) : '—'} |`
		)
	];
}

/** What the table-wide edits' long tasks are made of: garbage collections, or the app's work. */
function gcLines(results: Outcome[]): string[] {
	const ok = succeeded(results).filter((r) => r.gc !== null);
	if (!ok.length || !GC_EDITS) return [];
	const ms = (x: number | undefined) => (x === undefined ? '—' : `${x.toFixed(0)} ms`);
	return [
		'',
		`The main thread during ${GC_EDITS} more table-wide edits, traced (so not timed above): its garbage`,
		'collections (young generation, "scavenges", and full), and its longest task with a collection in',
		'it and without one (`tests/bench/gc-trace.ts`).',
		'',
		'| table | scavenges | longest scavenge | full collections | longest full | longest task with a collection | longest task without |',
		'|---|---:|---:|---:|---:|---:|---:|',
		...ok.map((r) => {
			const g = r.gc!;
			return `| ${r.table} | ${g.scavenges.length} | ${ms(g.scavenges[0])} | ${g.majors.length} | ${ms(g.majors[0])} | ${ms(g.longestWithGc || undefined)} | ${ms(g.longestWithout)} |`;
		})
	];
}

function cellsOf(table: string): number {
	const n = /^synthetic-(\d+)$/.exec(table)?.[1];
	return formulaCells(
		n ? syntheticTable({ indicators: Number(n), seed: 7 }) : loadTable(`${table}.json`)
	);
}

/** The heaps after load, and what the worker's heap grows by per formula cell from one size to the next. */
function memoryLines(results: Outcome[]): string[] {
	const ok = succeeded(results);
	if (!ok.length) return [];
	const cells = ok.map((r) => cellsOf(r.table));
	const kb = (mb: number, n: number) => `${((mb * 2 ** 20) / n).toFixed(0)} B`;
	return [
		'',
		'Memory after load, each heap after a garbage collection. The page: the grid, the rows shown and',
		"the app. The engine's worker: HyperFormula, its code and the model. The last column is what the",
		"worker's heap grew by per formula cell added since the table above it.",
		'',
		'| table | formula cells | page heap | worker heap | worker heap per formula cell added |',
		'|---|---:|---:|---:|---:|',
		...ok.map((r, i) => {
			const prev = i > 0 ? ok[i - 1]! : null;
			const added = prev ? kb(r.workerHeapMB - prev.workerHeapMB, cells[i]! - cells[i - 1]!) : '—';
			return `| ${r.table} | ${cells[i]!.toLocaleString('en-US')} | ${r.heapMB.toFixed(1)} MB | ${r.workerHeapMB.toFixed(1)} MB | ${added} |`;
		})
	];
}

it('browser benchmark', { timeout: 60 * 60_000 }, async () => {
	const tables: [string, number][] = [
		['jindong-14th', 39],
		...SIZES.map((n): [string, number] => [`synthetic-${n}`, n])
	];
	const results: Outcome[] = [];
	for (const [id, n] of tables) {
		try {
			results.push(await run(id, n));
		} catch (e) {
			results.push({ table: id, rows: n, failed: failed(e) });
		}
	}
	const loads: Load[] = [];
	const routes: RouteJs[] = [];
	const browser = await launch();
	try {
		for (const [id, n] of tables)
			loads.push(
				await load(
					browser,
					id,
					n,
					id.startsWith('synthetic-')
						? [
								[`/data/${id}.json`, `/data/${id}.json`],
								[`/data/computed/${id}.json`, `/data/computed/${id}.json`],
								[`/t/${id}`, `/t/${id}.html`]
							]
						: []
				)
			);
		for (const route of ['/', '/t/jindong-14th'])
			routes.push(await routeJs(browser, URL, route, DIR, TIMEOUT));
	} finally {
		await browser.close();
	}
	const lines = [
		'## Edit to screen in the built app (`tests/bench/browser.run.ts`)',
		'',
		`Machine: ${machine()}; Chromium headless, 1440×900. From the keydown (Enter) that commits an`,
		'edit to the DOM showing the new projected value, and to the next animation frame; median',
		`(min–max, p95, n) over ${SEED_EDITS} edits on the seed table and ${EDITS} on the synthetic ones, after ${WARMUP} first`,
		'edits, which are in the second table with the p95 of each 50 measured edits in turn. Single: one',
		"indicator's assumed growth, on a fresh page. Global: the deflator, which every real-growth row",
		'depends on, after the single edits. Longest task: the longest main-thread task during all the',
		'edits of that kind, first edits included (Long Tasks API; "none" when no task passed 50 ms).',
		'Load times are in the next section.',
		'',
		'| table | indicators | single edit → DOM | single → next frame | single: longest task | global edit → DOM | global → next frame | global: longest task |',
		'|---|---:|---|---|---:|---|---|---:|',
		...results.map((r) =>
			'failed' in r
				? `| ${r.table} | ${r.rows.toLocaleString('en-US')} | ${r.failed} | — | — | — | — | — |`
				: `| ${r.table} | ${r.rows.toLocaleString('en-US')} | ${fmt(r.single.dom)} | ${fmt(r.single.frame)} | ${longest(r.single)} | ${r.global ? fmt(r.global.dom) : '—'} | ${r.global ? fmt(r.global.frame) : '—'} | ${r.global ? longest(r.global) : '—'} |`
		),
		...firstLines(results),
		...gcLines(results),
		...memoryLines(results)
	];
	writeSection('browser', lines.join('\n'));
	const loadLines = [
		'## Load in the built app (`tests/bench/browser.run.ts`, `tests/bench/load.ts`)',
		'',
		`Machine: ${machine()}; Chromium headless, 1440×900, preview server on localhost (no network`,
		`latency). Each figure: median (min–max, n) over ${LOADS} loads, each in a fresh browser context`,
		'(empty cache, no service worker), timed inside the page from its navigation start.',
		'',
		'- **First values:** the first projected cell (`tr[data-id] td[data-key="projected"]`) that shows a',
		'  number is on screen: its Element Timing render time, raster and presentation included (the probe',
		"  marks the cell as it enters the DOM). Before 2026-11-22's fourth session this was the animation",
		"  callback of the frame that showed it, before that frame's layout, paint and raster: 0.2–0.4 s",
		'  early for the seed table at full speed here.',
		'- **Interactive:** the frame in which, in addition, the deflator input',
		'  (`[data-testid="assumption-deflator"]`) is on the page and enabled, once that frame is rendered. The app renders it from the',
		'  engine\'s assumptions, so this is "the engine is ready and an edit can be committed", not',
		'  "an edit has been seen on screen".',
		'- **FCP:** first contentful paint (Paint Timing) of the same first visit: when the first frame',
		'  with content is presented. Until the first table paints there is only a loading bar, which is',
		'  not content, so FCP is when the values reach the screen, raster included.',
		'- **Offline repeat:** in the same context as the first visit: wait for `navigator.serviceWorker.ready`',
		'  and a controlling worker (reload once if there is none), go offline, load the address again.',
		"  The synthetic tables are added to the build after it is made, so they are not in the worker's",
		"  precache list; the harness puts each one's JSON and page (`/t/<id>`, a copy of the seed table's)",
		"  in the worker's cache first, as the precache does for a shipped table. Without the page the",
		'  worker answers an offline `/t/<id>` with the `/` shell, whose relative asset addresses then',
		'  resolve under `/t/` and fail: the app does not open at all.',
		`- **${THROTTLE}× CPU:** separate fresh first visits with \`Emulation.setCPUThrottlingRate\` ${THROTTLE} set before`,
		'  navigation. The network is not throttled. **TBT** (Total Blocking Time) is counted as Lighthouse',
		'  counts it: long tasks (Long Tasks API) clipped to the span from first contentful paint to TTI,',
		'  each adding its time over 50 ms. **TTI** is the end of the last long task before the first 5 s',
		"  without one (Lighthouse also asks for a quiet network then; the app's requests end long before).",
		'  The longest task in that span is beside it. **Blocked, navigation → interactive** is the figure',
		"  this harness reported as TBT before 2026-11-22's fourth session: every long task that starts",
		'  between navigation start and interactive, less 50 ms each, including the work before the first',
		'  paint, when there is nothing on screen to block.',
		'',
		`| table | indicators | first visit: FCP | first visit: first values | first visit: interactive | offline repeat: first values | offline repeat: interactive | ${THROTTLE}× CPU: interactive | ${THROTTLE}× CPU: TTI | ${THROTTLE}× CPU: TBT | ${THROTTLE}× CPU: longest task | ${THROTTLE}× CPU: blocked, navigation → interactive |`,
		'|---|---:|---|---|---|---|---|---|---|---|---|---|',
		...loads.map((l) =>
			[
				l.table,
				l.rows.toLocaleString('en-US'),
				figure(l.first, (t) => t.fcp),
				figure(l.first, (t) => t.firstValues),
				figure(l.first, (t) => t.interactive),
				figure(l.offline, (t) => t.firstValues),
				figure(l.offline, (t) => t.interactive),
				figure(l.throttled, (t) => t.interactive),
				figure(l.throttled, (t) => t.tti),
				figure(l.throttled, (t) => t.tbt),
				figure(l.throttled, (t) => t.longestTask),
				figure(l.throttled, (t) => t.blockedToInteractive)
			]
				.join(' | ')
				.replace(/^/, '| ')
				.replace(/$/, ' |')
		),
		'',
		'JS per route: the `.js` files a fresh first visit requests until interactive and one second after,',
		'sized from the served build. "Before the engine" is every main-thread script except HyperFormula\'s',
		'chunk (a file containing the string `HyperFormula`), which the app imports when it opens a table;',
		'a script a Web Worker is started with is counted apart.',
		'',
		'| route | before the engine | HyperFormula chunk | Web Worker scripts | files before the engine |',
		'|---|---|---|---|---|',
		...routes.map(
			(r) =>
				`| \`${r.route}\` | ${weigh(r.beforeEngine)} | ${weigh(r.hyperFormula)} ${names(r.hyperFormula)} | ${weigh(r.worker)}${r.worker.length ? ` ${names(r.worker)}` : ''} | ${names(r.beforeEngine)} |`
		),
		'',
		jsShipped()
	];
	writeSection('load', loadLines.join('\n'));
});
