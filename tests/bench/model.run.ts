/**
 * Model-only benchmark in Node: build, one indicator's edit, and a global edit
 * (the deflator) at 150 / 1,000 / 10,000 / 50,000 indicators, beside a plain
 * TypeScript recompute of the same formulas (model/trajectory.ts) as the floor,
 * reported as a ratio from the same run; the heap a model holds per formula
 * cell, and apart from it what the library holds once per process.
 * Run with `npm run bench`; results go to BENCHMARKS.md.
 */
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { isRealGrowth } from '../../src/lib/model/indicator';
import { frameOf } from '../unit/oracle';
import { valueIn } from '../../src/lib/model/indicator';
import type { Indicator, PlanTable } from '../../src/lib/model/table';
import { derive } from '../../src/lib/model/trajectory';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { fmt, summarize, type Summary } from './stats';
import { machine, writeSection } from './report';
import { formulaCells } from './cells';

const SIZES = (process.env.BENCH_SIZES ?? '150,1000,10000,50000').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 50);
const gc = (globalThis as { gc?: () => void }).gc;

/** The floor: the same derived values in plain TypeScript for the given rows. */
function plainRecompute(table: PlanTable, rows: Indicator[], deflator: number): void {
	for (const ind of rows) {
		if (ind.kind === 'qualitative') continue;
		const base = valueIn(ind, 2020) ?? 0;
		derive(frameOf(table, ind, deflator), {
			base,
			target: ind.target.value,
			stated: ind.growth.value,
			latestYear: 2020,
			latestValue: base,
			assumed: ind.growth.value ?? 0
		});
	}
}

function time(fn: () => void): number {
	const t = performance.now();
	fn();
	return performance.now() - t;
}

type Row = {
	n: number;
	cells: number;
	build: Summary;
	single: Summary;
	singlePlain: Summary;
	global: Summary;
	globalPlain: Summary;
	heapPerCell: number;
};

/** Heap growth over `fn`, garbage collected before and after; NaN without --expose-gc. */
function heapOver(fn: () => void): number {
	if (!gc) {
		fn();
		return NaN;
	}
	gc();
	const before = process.memoryUsage().heapUsed;
	fn();
	gc();
	return process.memoryUsage().heapUsed - before;
}

/**
 * The library's first model in a process also compiles its code and builds its
 * formula grammar, once. That is measured here, as the first build's heap less
 * a later build's of the same table, so the figures per formula cell are the
 * model's own at every size.
 */
function libraryOnce(): number {
	const table = syntheticTable({ indicators: 150, seed: 3 });
	const builds: number[] = [];
	const built: ReturnType<typeof createModel>[] = [];
	for (let i = 0; i < 3; i++) builds.push(heapOver(() => built.push(createModel(table))));
	for (const m of built) m.destroy();
	return builds[0]! - Math.min(builds[1]!, builds[2]!);
}

it('model benchmark', { timeout: 30 * 60_000 }, () => {
	const once = libraryOnce();
	const rows: Row[] = [];
	for (const n of SIZES) {
		const table = syntheticTable({ indicators: n, seed: 7 });
		const cells = formulaCells(table);
		const builds: number[] = [];
		const heaps: number[] = [];
		const buildRuns = n >= 50_000 ? 2 : 3;
		// each build's models stay alive while the next is measured: a destroyed model's heap is
		// not all released by the next collection, and would be counted against the next build
		const built: ReturnType<typeof createModel>[] = [];
		for (let run = 0; run < buildRuns; run++)
			heaps.push(heapOver(() => builds.push(time(() => built.push(createModel(table))))));
		for (const m of built) m.destroy();
		const heapPerCell = summarize(heaps).median / cells;
		const model = createModel(table);
		const numeric = table.indicators.filter((i) => i.kind === 'cagr' && i.growth.kind === 'cagr');
		const single: number[] = [];
		const singlePlain: number[] = [];
		for (let e = 0; e < EDITS; e++) {
			const ind = numeric[(e * 7919) % numeric.length]!;
			const value = 0.03 + (e % 5) / 100;
			single.push(time(() => model.set(ind.id, 'assumed', value)));
			singlePlain.push(time(() => plainRecompute(table, [ind], 0.02)));
		}
		const real = table.indicators.filter(isRealGrowth);
		const global: number[] = [];
		const globalPlain: number[] = [];
		const globalRuns = n >= 10_000 ? 10 : 20;
		for (let e = 0; e < globalRuns; e++) {
			const d = 0.01 + (e % 4) / 100;
			global.push(time(() => model.setAssumption('deflator', d)));
			globalPlain.push(time(() => plainRecompute(table, real, d)));
		}
		model.destroy();
		rows.push({
			n,
			cells,
			build: summarize(builds),
			single: summarize(single),
			singlePlain: summarize(singlePlain),
			global: summarize(global),
			globalPlain: summarize(globalPlain),
			heapPerCell
		});
		console.error(`model bench: ${n} indicators done`);
	}
	const ratio = (a: Summary, b: Summary) => (b.median > 0 ? (a.median / b.median).toFixed(0) : '—');
	const lines = [
		'## Model in Node (`tests/bench/model.run.ts`)',
		'',
		`Machine: ${machine()}. Synthetic tables from \`src/lib/tables/synthetic.ts\` (seed 7).`,
		'Each figure: median (min–max, p95, n samples). The floor is a plain-TypeScript recompute of the',
		'same formulas for the rows the edit touches (one row; every real-growth row for the deflator);',
		'the ratio is engine ÷ floor, both from the same run. Heap per formula cell: what a model holds',
		'after a garbage collection (its heap growth over the build, median of the builds), divided by its',
		`formula cells. Apart from it, the library's first model in a process holds ${Number.isFinite(once) ? `${(once / 2 ** 20).toFixed(1)} MB` : '(run with --expose-gc)'}`,
		'more, once: its compiled code and formula grammar (the first build less later builds of one',
		'150-row table).',
		'',
		'| indicators | formula cells | build | single edit | ratio to floor | global edit (deflator) | ratio to floor | heap per formula cell |',
		'|---:|---:|---|---|---:|---|---:|---:|',
		...rows.map(
			(r) =>
				`| ${r.n.toLocaleString('en-US')} | ${r.cells.toLocaleString('en-US')} | ${fmt(r.build, 'ms', 0)} | ${fmt(r.single)} | ${ratio(r.single, r.singlePlain)}× | ${fmt(r.global, 'ms', 1)} | ${ratio(r.global, r.globalPlain)}× | ${Number.isFinite(r.heapPerCell) ? `${Math.round(r.heapPerCell)} B` : 'run with --expose-gc'} |`
		)
	];
	writeSection('model', lines.join('\n'));
});
