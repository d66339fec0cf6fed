/**
 * Edit-to-screen in the built app, in real Chromium: from the keydown that
 * commits an edit to (a) the DOM showing the new dependent value and (b) the
 * next animation frame, for one indicator's assumed growth and for the global
 * deflator, on the seed table and on synthetic tables of 1,000 and 10,000
 * indicators. Also load (first values, Total Blocking Time at 4× CPU
 * throttling), JS shipped per route, and JS heap after load.
 * Run with `npm run bench` (after a build); results go to BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { afterAll, beforeAll, it } from 'vitest';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { fmt, summarize, type Summary } from './stats';
import { machine, writeSection } from './report';

const DIR = '.bench-build';
const PORT = 4175;
const URL = `http://localhost:${PORT}`;
const SIZES = (process.env.BENCH_BROWSER_SIZES ?? '1000,10000')
	.split(',')
	.filter(Boolean)
	.map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 50);
let server: ChildProcess | null = null;

beforeAll(async () => {
	if (!existsSync('build/index.html')) throw new Error('Build first: npm run build');
	rmSync(DIR, { recursive: true, force: true });
	cpSync('build', DIR, { recursive: true });
	const index = JSON.parse(readFileSync(`${DIR}/data/index.json`, 'utf8'));
	for (const n of SIZES) {
		const t = syntheticTable({ indicators: n, seed: 7 });
		writeFileSync(`${DIR}/data/${t.id}.json`, JSON.stringify(t));
		cpSync(`${DIR}/t/jindong-14th.html`, `${DIR}/t/${t.id}.html`);
		index.tables.push({
			id: t.id,
			title: t.title,
			plan: t.plan,
			region: t.region,
			baseYear: t.baseYear,
			targetYear: t.targetYear
		});
	}
	writeFileSync(`${DIR}/data/index.json`, JSON.stringify(index));
	server = spawn(
		'npx',
		['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIR],
		{
			stdio: 'ignore'
		}
	);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(URL)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('preview server did not start');
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

async function measure(page: Page, edit: (i: number) => Promise<void>) {
	const dom: number[] = [];
	const frame: number[] = [];
	for (let i = 0; i < EDITS + 3; i++) {
		await edit(i);
		const [d, f] = (await page.evaluate(
			() => (window as unknown as { __wait: Promise<[number, number]> }).__wait
		)) as [number, number];
		if (i >= 3 && Number.isFinite(d)) {
			dom.push(d);
			frame.push(f);
		}
	}
	return { dom: summarize(dom), frame: summarize(frame) };
}

type Result = {
	table: string;
	rows: number;
	firstValues: number;
	heapMB: number;
	single: { dom: Summary; frame: Summary };
	global: { dom: Summary; frame: Summary } | null;
};

async function run(tableId: string, rows: number): Promise<Result> {
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: [...CHROMIUM_ARGS, '--enable-precise-memory-info']
	});
	const context = await browser.newContext({
		viewport: { width: 1440, height: 900 },
		locale: 'zh-CN'
	});
	const page = await context.newPage();
	const start = Date.now();
	await page.goto(`${URL}/t/${tableId}`);
	await page.locator('tr[data-id] td[data-key="projected"]').first().waitFor();
	const firstValues = Date.now() - start;
	const heapMB = await page.evaluate(
		() =>
			((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
				0) /
			2 ** 20
	);
	// one indicator's assumed growth: the first compound-growth row on screen
	const id = (await page
		.locator('tr[data-id]')
		.filter({ has: page.locator('td[data-key="stated"]', { hasText: '%' }) })
		.first()
		.getAttribute('data-id'))!;
	await probe(page, `tr[data-id="${id}"] td[data-key="projected"]`);
	const cell = page.locator(`tr[data-id="${id}"] td[data-key="assumed"]`);
	const single = await measure(page, async (i) => {
		await cell.click();
		await page.keyboard.type(String(i % 2 ? 9 : 3));
		await page.keyboard.press('Enter');
	});
	let global: Result['global'] = null;
	const deflator = page.getByTestId('assumption-deflator');
	if (await deflator.count()) {
		// every real-growth row changes in the same flush: the first change in the grid is the update
		await probe(page, 'table[role="grid"]');
		global = await measure(page, async (i) => {
			await deflator.fill(`${i % 2 ? 7 : 2}%`);
			await deflator.press('Enter');
		});
	}
	await browser.close();
	return { table: tableId, rows, firstValues, heapMB, single, global };
}

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
	const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
	return `All JS of the app: ${kib(raw)} raw, ${kib(gz)} gzip; of which HyperFormula (loaded lazily, after first paint): ${kib(hfRaw)} raw, ${kib(hfGz)} gzip; so ${kib(gz - hfGz)} gzip before the engine.`;
}

it('browser benchmark', { timeout: 30 * 60_000 }, async () => {
	const results: Result[] = [await run('jindong-14th', 39)];
	for (const n of SIZES) results.push(await run(`synthetic-${n}`, n));
	const lines = [
		'## Edit to screen in the built app (`tests/bench/browser.run.ts`)',
		'',
		`Machine: ${machine()}; Chromium headless, 1440×900. From the keydown (Enter) that commits an`,
		'edit to the DOM showing the new projected value, and to the next animation frame; median',
		`(min–max, p95, n) over ${EDITS} edits after 3 warm-up edits. Single: one indicator's assumed growth.`,
		'Global: the deflator, which every real-growth row depends on.',
		'',
		'| table | indicators | first values on screen | JS heap after load | single edit → DOM | single → next frame | global edit → DOM | global → next frame |',
		'|---|---:|---:|---:|---|---|---|---|',
		...results.map(
			(r) =>
				`| ${r.table} | ${r.rows.toLocaleString('en-US')} | ${r.firstValues} ms | ${r.heapMB.toFixed(0)} MB | ${fmt(r.single.dom)} | ${fmt(r.single.frame)} | ${r.global ? fmt(r.global.dom) : '—'} | ${r.global ? fmt(r.global.frame) : '—'} |`
		),
		'',
		jsShipped()
	];
	writeSection('browser', lines.join('\n'));
});
