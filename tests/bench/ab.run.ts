/**
 * A against B: the build of an earlier commit (A, `BENCH_AGAINST`, any git ref) and the
 * current build (B), served side by side and loaded in turn, fresh each time, so both
 * meet the same moments of a shared machine's load. On such a machine figures from
 * separate runs can differ by tens of percent; a ratio from one interleaved run is what
 * tells a change apart. Writes the "ab" section of BENCHMARKS.md.
 * Run with `BENCH_AGAINST=<ref> npm run bench:ab`. Environment: BENCH_AB_LOADS (loads
 * per build and kind, 6), BENCH_TIMEOUT_S (60), BENCH_PORT (4175; A uses the next port),
 * BENCH_SERVER (`preview`, the default, or `static`: see stage.ts), BENCH_AB_KINDS (which
 * loads, as their numbers in ALL_KINDS from 1, comma-separated: `1,2` skips the 10,000 rows).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';
import { throttledFirstVisit, type LoadTimes } from './load';
import { machine, writeSection } from './report';
import { serve, stageBuild } from './stage';
import { fmtRange, summarize } from './stats';

const AGAINST = process.env.BENCH_AGAINST ?? '';
const LOADS = Number(process.env.BENCH_AB_LOADS ?? 6);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_S ?? 60) * 1000;
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const SIZE = 10_000;
const SERVER =
	process.env.BENCH_SERVER === 'static'
		? 'a plain static server (`BENCH_SERVER=static`)'
		: '`vite preview`';
const sides = [
	{ name: 'A', dir: '.bench-build-a', port: PORT + 1 },
	{ name: 'B', dir: '.bench-build-b', port: PORT }
] as const;
/** The commit A names, resolved once. */
const commitA = AGAINST
	? execFileSync('git', ['rev-parse', '--short', AGAINST], { encoding: 'utf8' }).trim()
	: '';
let tree = '';
const stops: (() => void)[] = [];

beforeAll(async () => {
	if (!AGAINST) return;
	tree = mkdtempSync(join(tmpdir(), 'bench-a-'));
	execFileSync('git', ['worktree', 'add', '--detach', tree, commitA], { stdio: 'ignore' });
	// the same installed packages: the lock file may differ, but a comparison of the app's code is the point
	symlinkSync(resolve('node_modules'), join(tree, 'node_modules'), 'dir');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		cwd: tree,
		stdio: 'ignore'
	});
	stageBuild(join(tree, 'build'), sides[0].dir, [SIZE]);
	stageBuild('build', sides[1].dir, [SIZE]);
	for (const s of sides) stops.push(await serve(s.dir, s.port));
}, 15 * 60_000);

afterAll(() => {
	for (const stop of stops) stop();
	for (const s of sides) rmSync(s.dir, { recursive: true, force: true });
	if (tree) {
		execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
		rmSync(tree, { recursive: true, force: true });
	}
});

type Kind = { label: string; table: string; rate: number; keys: (keyof LoadTimes)[] };

const ALL_KINDS: Kind[] = [
	{
		label: 'seed table, first visit, 4× CPU',
		table: 'jindong-14th',
		rate: 4,
		keys: ['firstValues', 'interactive', 'tbt', 'longestTask', 'blockedToInteractive']
	},
	{
		label: 'seed table, first visit',
		table: 'jindong-14th',
		rate: 1,
		keys: ['firstValues', 'interactive']
	},
	{
		label: `${SIZE.toLocaleString('en-US')} indicators, first visit`,
		table: `synthetic-${SIZE}`,
		rate: 1,
		keys: ['firstValues', 'interactive', 'tbt', 'longestTask']
	}
];

const picked = (process.env.BENCH_AB_KINDS ?? '').split(',').filter(Boolean).map(Number);
const KINDS = picked.length ? ALL_KINDS.filter((_, k) => picked.includes(k + 1)) : ALL_KINDS;

const NAMES: Partial<Record<keyof LoadTimes, string>> = {
	firstValues: 'first values',
	interactive: 'interactive',
	tbt: 'TBT',
	longestTask: 'longest task',
	blockedToInteractive: 'blocked, navigation → interactive'
};

it.skipIf(!AGAINST)(`A (${AGAINST || 'BENCH_AGAINST unset'}) against B (this build)`, async () => {
	const browser: Browser = await chromium.launch({
		executablePath: findChromium(),
		args: CHROMIUM_ARGS
	});
	const got = new Map<string, number[]>();
	try {
		for (let i = 0; i < LOADS; i++)
			for (const kind of KINDS)
				// the order alternates, so neither build always goes first
				for (const side of i % 2 ? [...sides].reverse() : sides) {
					const url = `http://localhost:${side.port}/t/${kind.table}`;
					const t = await throttledFirstVisit(browser, url, kind.rate, TIMEOUT);
					for (const k of kind.keys) {
						const key = `${kind.label}|${k}|${side.name}`;
						const v = t[k];
						if (typeof v === 'number') got.set(key, [...(got.get(key) ?? []), v]);
					}
				}
	} finally {
		await browser.close();
	}
	const rows = KINDS.flatMap((kind) =>
		kind.keys.map((k) => {
			const [a, b] = sides.map((s) => summarize(got.get(`${kind.label}|${k}|${s.name}`)!));
			const ratio = a!.median > 0 ? (b!.median / a!.median).toFixed(2) : '—';
			return `| ${kind.label} | ${NAMES[k]} | ${fmtRange(a!)} | ${fmtRange(b!)} | ${ratio} |`;
		})
	);
	writeSection(
		'ab',
		[
			'## A against B (`tests/bench/ab.run.ts`)',
			'',
			`Machine: ${machine()}; Chromium headless, 1440×900. A is commit \`${commitA}\` (\`BENCH_AGAINST=${AGAINST}\`), B the working tree's build. Both are served by ${SERVER}, each on its own port,`,
			`and loaded in turn, fresh each time, the order alternating: ${LOADS} loads per build and kind. Median (min–max). B ÷ A below 1 means B is faster.`,
			'',
			'| load | figure | A | B | B ÷ A |',
			'|---|---|---|---|---:|',
			...rows
		].join('\n')
	);
});
