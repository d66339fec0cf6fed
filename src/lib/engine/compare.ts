/**
 * Two scenarios of one table side by side: the inputs they type differently,
 * and the derived values that come out differently (projection, gap, growth
 * still required, status), with the deltas. Each side is computed in its own
 * workbook, built and destroyed here (in the engine's worker: at 10,000 rows
 * that is seconds of work).
 */
import type { Comparison, DerivedDiff, InputDiff, NumberKey } from '../model/comparison';
import type { InputKey } from '../model/columns';
import { entriesOf, type Scenario } from '../model/scenario';
import type { PlanTable } from '../model/table';
import { createModel, type Derived, type Model } from './model';

const NUMBERS: readonly NumberKey[] = ['projected', 'gap', 'requiredGrowth'];

function same(x: number | null, y: number | null): boolean {
	if (x === null || y === null) return x === y;
	return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

function build(table: PlanTable, s: Scenario): Model {
	const m = createModel(table);
	for (const e of entriesOf(s))
		try {
			m.set(e.indicator, e.input, e.value);
		} catch {
			// an entry the table cannot take shows up as an input difference, not a crash
		}
	for (const [name, v] of Object.entries(s.assumptions))
		try {
			m.setAssumption(name as 'deflator' | 'aboutTolerance', v);
		} catch {
			// as above
		}
	return m;
}

export function compareScenarios(table: PlanTable, a: Scenario, b: Scenario): Comparison {
	const ma = build(table, a);
	const mb = build(table, b);
	try {
		const inputs: InputDiff[] = [];
		const keys = new Set(
			[...entriesOf(a), ...entriesOf(b)].map((e) => `${e.indicator}\u0000${e.input}`)
		);
		for (const k of [...keys].sort()) {
			const [indicator, input] = k.split('\u0000') as [string, InputKey];
			const va = a.inputs[indicator]?.[input] ?? null;
			const vb = b.inputs[indicator]?.[input] ?? null;
			if (va === vb) continue;
			const cell = (m: Model) => {
				try {
					const v = m.row(indicator).cells[input];
					return typeof v === 'number' ? v : null;
				} catch {
					return null;
				}
			};
			inputs.push({ indicator, input, a: va, b: vb, valueA: cell(ma), valueB: cell(mb) });
		}
		const assumptions = (['deflator', 'aboutTolerance'] as const)
			.map((name) => ({ name, a: a.assumptions[name] ?? null, b: b.assumptions[name] ?? null }))
			.filter((x) => x.a !== x.b);
		const derived: DerivedDiff[] = [];
		for (const ind of table.indicators) {
			if (ind.kind === 'qualitative') continue;
			const da: Derived = ma.derived(ind.id);
			const db: Derived = mb.derived(ind.id);
			const diff: DerivedDiff = { indicator: ind.id, values: {} };
			for (const key of NUMBERS)
				if (!same(da[key], db[key]))
					diff.values[key] = {
						a: da[key],
						b: db[key],
						delta: da[key] === null || db[key] === null ? null : db[key] - da[key]
					};
			if (da.status !== db.status) diff.status = { a: da.status, b: db.status };
			if (Object.keys(diff.values).length || diff.status) derived.push(diff);
		}
		return { inputs, assumptions, derived };
	} finally {
		ma.destroy();
		mb.destroy();
	}
}
