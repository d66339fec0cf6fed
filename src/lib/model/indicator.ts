/**
 * Reading rules of an indicator record that both the engine and the reference
 * arithmetic need, kept in one place so they cannot drift apart.
 */
import type { Comparator, Indicator } from './table';

/**
 * The comparator a status check applies to the target level: the one printed on
 * the target ("45以上"), or on a growth column that only restates the target
 * ("＞8.5"); otherwise "at least" or "at most" by direction. A comparator on a
 * growth rate ("＞9%") bounds the rate, not the level, so it is not used here.
 */
export function statusComparator(ind: Indicator): Comparator {
	return (
		ind.target.comparator ??
		(ind.growth.kind === 'targetComparator' ? ind.growth.comparator : undefined) ??
		(ind.direction === 'lower' ? '<=' : '>=')
	);
}

/** Value of the indicator in a given year column, or null when the seed prints none. */
export function valueIn(ind: Indicator, year: number): number | null {
	return ind.values[String(year)]?.value ?? null;
}

/** How a growth figure of this indicator reads: a percentage, points, or a flow a year. */
export type GrowthStyle = 'percent' | 'points' | 'flow';

/** Style of a rate in the given column: the stated column follows what the plan printed. */
export function growthStyle(
	ind: Indicator,
	column: 'stated' | 'assumed' | 'required' | 'achieved' | 'printedAchieved'
): GrowthStyle {
	if (column === 'stated' || column === 'printedAchieved') {
		const k = column === 'stated' ? ind.growth.kind : ind.achievedRate?.kind;
		if (k === 'cumulativeSum' || k === 'flowPerYear') return 'flow';
		if (k === 'cagr' || k === 'cumulativeDecline') return 'percent';
		if (k === 'ppPerYear' || k === 'cumulativePoints') return 'points';
	}
	if (ind.kind === 'cumulative') return column === 'assumed' ? 'percent' : 'flow';
	return ind.kind === 'cagr' ? 'percent' : ind.kind === 'pp' ? 'points' : 'flow';
}

/** Position of each indicator in table order, by id. */
export function indexById(indicators: readonly Indicator[]): ReadonlyMap<string, number> {
	return new Map(indicators.map((ind, i) => [ind.id, i]));
}

/** A value cell printed in brackets (〔32.9〕, [3]) holds a total over the period, not a year's flow. */
export function isPeriodTotal(cell: { raw: string } | null | undefined): boolean {
	return cell ? /^[〔[［【]/.test(cell.raw.trim()) : false;
}

/**
 * The latest year whose printed value can stand as the latest actual: the last
 * year after the base year with a number; for a cumulative target, only a
 * printed period total counts (a year's flow is not the sum so far).
 */
export function latestActualYear(
	ind: Indicator,
	table: { years: readonly number[]; baseYear: number }
): number {
	const ok = (y: number) =>
		y > table.baseYear &&
		valueIn(ind, y) !== null &&
		(ind.kind !== 'cumulative' || isPeriodTotal(ind.values[String(y)]));
	return table.years.filter(ok).at(-1) ?? table.baseYear;
}
