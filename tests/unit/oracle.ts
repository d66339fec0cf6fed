/**
 * Expected derived values of an indicator under the published defaults,
 * computed by the reference arithmetic (model/trajectory.ts) from the data
 * alone, independently of the engine's formulas. The data-reading rules
 * (which printed value is the latest actual, which comparator applies) come
 * from model/indicator.ts, which both sides share on purpose.
 */
import {
	actualsAreText,
	isRealGrowth,
	printedActuals,
	valueIn
} from '../../src/lib/model/indicator';
import type { Indicator, PlanTable } from '../../src/lib/model/table';
import {
	derive,
	frameOf as frameFor,
	type Derived,
	type Frame
} from '../../src/lib/model/trajectory';

export const isReal = isRealGrowth;

export function frameOf(table: PlanTable, ind: Indicator, deflator: number): Frame {
	return frameFor(table, ind, { deflator, aboutTolerance: 0.02 });
}

/** Derived values under the defaults: latest = the latest printed actual, assumed = stated. */
export function expectedDefaults(table: PlanTable, ind: Indicator, deflator: number): Derived {
	const f = frameOf(table, ind, deflator);
	const n = table.targetYear - table.baseYear;
	const base = valueIn(ind, table.baseYear) ?? 0;
	const g = ind.growth;
	const stated = g.kind === 'targetComparator' || g.kind === 'cumulativeSum' ? null : g.value;
	const assumed =
		stated === null
			? 0
			: ind.kind === 'cumulative'
				? g.kind === 'cagr'
					? stated
					: 0
				: g.kind === 'cumulativeDecline'
					? (1 - stated) ** (1 / n) - 1
					: g.kind === 'cumulativePoints'
						? stated / n
						: stated;
	const latest = printedActuals(ind, table).at(-1);
	const latestValue = !latest
		? ind.kind === 'cumulative'
			? 0
			: base
		: latest.from === 'printedAchieved'
			? ind.achievedRate!.value!
			: valueIn(ind, latest.year)!;
	const d = derive(f, {
		base,
		target: ind.target.value ?? (g.kind === 'cumulativeSum' ? g.value : null),
		stated,
		latestYear: latest?.year ?? table.baseYear,
		latestValue,
		assumed
	});
	return actualsAreText(ind, table) ? { ...d, status: 'noData' } : d;
}
