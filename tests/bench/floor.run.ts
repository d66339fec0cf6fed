/**
 * The floor of the fixed stack: an empty SvelteKit app (`tests/bench/floor/`: adapter-static,
 * ssr off, one page with the one value and the one input the load probe waits for), built with
 * the project's own dependencies and loaded as the app is, at 4× CPU. Its start-up is what no
 * code of the app can save. A second page of it adds a title in Chinese, whose fonts a Latin
 * page never loads. The app's seed table is loaded in turn, fresh each time, so all three meet
 * the same moments of a shared machine's load. Writes the "floor" section of BENCHMARKS.md.
 * Environment: BENCH_FLOOR_LOADS (loads of each, 6), BENCH_TIMEOUT_S (60), BENCH_PORT (4175;
 * this uses the two ports after the next).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { failure, throttledFirstVisit, type LoadTimes } from './load';
import { machine, writeSection } from './report';
import { startStatic } from './stage';
import { fmtRange, summarize } from './stats';

const LOADS = Number(process.env.BENCH_FLOOR_LOADS ?? 6);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_S ?? 60) * 1000;
const PORT = Number(process.env.BENCH_PORT ?? 4175) + 2;
const FLOOR = fileURLToPath(new URL('floor/', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const APP = fileURLToPath(new URL('../../build/', import.meta.url));

const sides = [
	{ name: 'empty SvelteKit app', dir: `${FLOOR}build/`, port: PORT, path: '/' },
	{ name: 'the same, with a title in Chinese', dir: `${FLOOR}build/`, port: PORT, path: '/zh' },
	{ name: 'the app, seed table', dir: APP, port: PORT + 1, path: '/t/jindong-14th' }
] as const;
const APP_SIDE = sides.length - 1;
let servers: Server[] = [];

beforeAll(async () => {
	execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'error'], {
		cwd: FLOOR,
		stdio: 'inherit'
	});
	const dirs = new Map(sides.map((s) => [s.port, s.dir]));
	servers = await Promise.all([...dirs].map(([port, dir]) => startStatic(dir, port)));
	// a build on a busy machine takes longer than a hook's default 10 s
}, 5 * 60_000);

afterAll(() => {
	for (const s of servers) s.close();
	rmSync(`${FLOOR}build`, { recursive: true, force: true });
	rmSync(`${FLOOR}.svelte-kit`, { recursive: true, force: true });
});

it('floor benchmark', async () => {
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const samples = sides.map(() => [] as LoadTimes[]);
	const failures: string[] = [];
	try {
		for (let i = 0; i < LOADS; i++)
			for (const k of sides.map((_, n) => (n + i) % sides.length)) {
				const s = sides[k]!;
				try {
					const url = `http://localhost:${s.port}${s.path}`;
					samples[k]!.push(await throttledFirstVisit(browser, url, 4, TIMEOUT));
				} catch (e) {
					failures.push(`${s.name}: ${failure(e, TIMEOUT)}`);
				}
			}
	} finally {
		await browser.close();
	}
	type Pick = (t: LoadTimes) => number | null;
	const values = (k: number, pick: Pick) =>
		samples[k]!.map(pick).filter((x): x is number => x !== null);
	const row = (k: number, pick: Pick) =>
		values(k, pick).length ? fmtRange(summarize(values(k, pick))) : '—';
	const ratio = (k: number, pick: Pick) => {
		const [app, other] = [APP_SIDE, k].map((n) => values(n, pick));
		if (!app!.length || !other!.length) return '—';
		const below = summarize(other!).median;
		return below > 0 ? (summarize(app!).median / below).toFixed(1) : '—';
	};
	const figures: [string, Pick][] = [
		['TBT (FCP → TTI)', (t) => t.tbt],
		['longest task, FCP → TTI', (t) => t.longestTask],
		['blocked, navigation → interactive', (t) => t.blockedToInteractive],
		['FCP', (t) => t.fcp],
		['interactive', (t) => t.interactive]
	];
	writeSection(
		'floor',
		[
			'## The stack’s floor (`tests/bench/floor.run.ts`)',
			'',
			`Machine: ${machine()}; Chromium headless, 1440×900, 4× CPU (\`Emulation.setCPUThrottlingRate\`),`,
			'all served by a plain static server. The empty app is `tests/bench/floor/`: SvelteKit with',
			'adapter-static and `ssr = false`, as the app, and a page holding only the one value and the',
			'one enabled input the load probe waits for, built with the project’s own dependencies; its',
			'second page adds a title in Chinese (`/zh`), whose fonts a Latin page never loads. Fresh',
			`first visits, ${LOADS} of each, in turn. TBT, TTI and "blocked" as in the load section. Median (min–max);`,
			'a ratio is "—" where the empty app’s median is 0.',
			'',
			`| figure | ${sides.map((s) => s.name).join(' | ')} | app ÷ empty | app ÷ with Chinese |`,
			'|---|---|---|---|---:|---:|',
			...figures.map(
				([name, pick]) =>
					`| ${name} | ${sides.map((_, k) => row(k, pick)).join(' | ')} | ${ratio(0, pick)} | ${ratio(1, pick)} |`
			),
			...(failures.length ? ['', `Failed loads: ${failures.join('; ')}.`] : [])
		].join('\n')
	);
});
