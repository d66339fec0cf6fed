/** A table-wide assumption the analyst can change, as the engine reports it. */
import type { CellValue } from './cell-value';
import { isRealGrowth, valueIn } from './indicator';
import type { Indicator, PlanTable } from './table';

export type AssumptionKey = 'deflator' | 'aboutTolerance';

export const ASSUMPTION_KEYS: readonly AssumptionKey[] = ['deflator', 'aboutTolerance'];

export type Assumption = {
	key: AssumptionKey;
	name: string;
	value: CellValue;
	/** Formula or constant as typed. */
	expression: string;
	edited: boolean;
	/** What the plan itself implies, where the assumption has such a reading. */
	implied: CellValue;
};

/** The names the assumptions go by in formulas. */
export const ASSUMPTION_NAMES: Readonly<Record<AssumptionKey, string>> = {
	deflator: 'Deflator',
	aboutTolerance: 'AboutTolerance'
};

/**
 * The row whose published figures give the deflator the plan implies: a real-growth
 * row with nominal levels, a compound growth rate, a target and a base-year value
 * (GDP where it is one). Null when the table has none, and so implies no deflator.
 */
export function deflatorReference(table: PlanTable): Indicator | null {
	const eligible = table.indicators.filter(
		(ind) =>
			isRealGrowth(ind) &&
			ind.kind === 'cagr' &&
			ind.growth.kind === 'cagr' &&
			ind.growth.value !== null &&
			ind.target.value !== null &&
			valueIn(ind, table.baseYear) !== null
	);
	return eligible.find((ind) => ind.id === 'gdp') ?? eligible[0] ?? null;
}

/**
 * The assumptions that bear on a table, known from the table alone (before the engine
 * has a value for any): the deflator where the plan implies one, the tolerance of
 * "左右" where a target or a growth rate is stated "about".
 */
export function assumptionsOf(table: PlanTable): AssumptionKey[] {
	const about = table.indicators.some(
		(i) => i.target.comparator === '≈' || i.growth.comparator === '≈'
	);
	return ASSUMPTION_KEYS.filter((key) =>
		key === 'deflator' ? deflatorReference(table) !== null : about
	);
}
