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
	const g = ind.growth;
	const about =
		g.comparator === '≈' && (g.kind === 'cumulativeDecline' || g.kind === 'cumulativePoints');
	return (
		ind.target.comparator ??
		(g.kind === 'targetComparator' ? g.comparator : undefined) ??
		(about ? '≈' : undefined) ??
		(ind.direction === 'lower' ? '<=' : '>=')
	);
}

/** True where levels are nominal and the stated growth is real: growth compounds with a deflator. */
export function isRealGrowth(ind: Indicator): boolean {
	const p = ind.priceBasis;
	return p?.levels === 'current' && (p.growth === 'constant' || p.growth === 'comparable');
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

/** Where an actual for a year is printed: a year column, or the printed achieved total. */
export type ActualSource = { year: number; from: 'year' | 'printedAchieved' };

/**
 * The printed actuals after the base year that can stand as the latest value,
 * oldest first. For a cumulative target only a period total counts (a
 * bracketed year cell, or a printed achieved total at the last year): a single
 * year's flow is not the sum so far.
 */
export function printedActuals(
	ind: Indicator,
	table: { years: readonly number[]; baseYear: number }
): ActualSource[] {
	const after = table.years.filter((y) => y > table.baseYear);
	const out: ActualSource[] = after
		.filter(
			(y) =>
				valueIn(ind, y) !== null &&
				(ind.kind !== 'cumulative' || isPeriodTotal(ind.values[String(y)]))
		)
		.map((year) => ({ year, from: 'year' as const }));
	const last = after.at(-1);
	const total = ind.achievedRate;
	if (
		ind.kind === 'cumulative' &&
		last !== undefined &&
		total?.kind === 'cumulativeSum' &&
		total.value !== null &&
		!out.some((a) => a.year === last)
	)
		out.push({ year: last, from: 'printedAchieved' });
	return out;
}

/**
 * True when the actual columns print only text ("2018年后，不再列入统计"):
 * the indicator stopped being measured, so it gets no status.
 */
export function actualsAreText(
	ind: Indicator,
	table: { years: readonly number[]; baseYear: number }
): boolean {
	const after = table.years.filter((y) => y > table.baseYear);
	return (
		after.some((y) => ind.values[String(y)]?.qualitative) &&
		after.every((y) => valueIn(ind, y) === null)
	);
}

/**
 * Half a unit of the last digit printed in the target ("4.3" → 0.05, "500" →
 * 0.5): how far a projection may fall short of a rounded target and still be
 * on the plan's own path.
 */
export function printedTolerance(ind: Indicator): number {
	const m = /\d+(?:\.(\d+))?/.exec(ind.target.raw);
	if (!m || ind.target.value === null) return 0;
	return 0.5 * 10 ** -(m[1]?.length ?? 0);
}
