/**
 * Model-only benchmark in Node: build, one indicator's edit, and a global edit
 * (the deflator) at 150 / 1,000 / 10,000 / 50,000 indicators, beside a plain
 * TypeScript recompute of the same formulas (model/trajectory.ts) as the floor,
 * reported as a ratio from the same run; heap per formula cell.
 * Run with `npm run bench`; results go to BENCHMARKS.md.
 */
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { rowContents } from '../../src/lib/engine/formulas';
import { isRealGrowth } from '../../src/lib/model/indicator';
import { frameOf } from '../unit/oracle';
import { Layout } from '../../src/lib/engine/layout';
import { valueIn } from '../../src/lib/model/indicator';
import type { Indicator, PlanTable } from '../../src/lib/model/table';
import { derive } from '../../src/lib/model/trajectory';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { fmt, summarize, type Summary } from './stats';
import { machine, writeSection } from './report';

const SIZES = (process.env.BENCH_SIZES ?? '150,1000,10000,50000').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 50);
const gc = (globalThis as { gc?: () => void }).gc;

function formulaCells(table: PlanTable): number {
	const layout = new Layout(table);
	let n = 0;
	table.indicators.forEach((ind, index) => {
		const row = rowContents({ ind, index, table, layout });
		for (const v of Object.values(row)) if (typeof v === 'string' && v.startsWith('=')) n++;
	});
	return n;
}

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

it('model benchmark', { timeout: 30 * 60_000 }, () => {
	const rows: Row[] = [];
	for (const n of SIZES) {
		const table = syntheticTable({ indicators: n, seed: 7 });
		const cells = formulaCells(table);
		const builds: number[] = [];
		let heapPerCell = NaN;
		const buildRuns = n >= 50_000 ? 2 : 3;
		for (let run = 0; run < buildRuns; run++) {
			gc?.();
			const before = process.memoryUsage().heapUsed;
			let model!: ReturnType<typeof createModel>;
			builds.push(time(() => (model = createModel(table))));
			gc?.();
			if (run === 0) heapPerCell = (process.memoryUsage().heapUsed - before) / cells;
			model.destroy();
		}
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
		'the ratio is engine ÷ floor, both from the same run.',
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
