/**
 * The notebook's columns. A table's printed year columns come first (the base
 * year among them, as an input), then the plan's target and growth, the
 * analyst's assumptions and the derived values. The engine lays them out as
 * sheet columns; the UI renders them. Keys are the vocabulary both sides share.
 *
 * - `source`: a figure printed in the seed, shown as published (not editable)
 * - `input`: an editable cell; its default is the published figure or a formula
 * - `derived`: a formula cell computed by the engine
 */
import type { PlanTable } from './table';

export type ColumnRole = 'source' | 'input' | 'derived';

/** How a column's numbers read, which decides their formatting. */
export type ColumnFormat = 'level' | 'growth' | 'year' | 'share' | 'status';

/** A printed year column other than the base year, e.g. "y2019". */
export type YearKey = `y${number}`;

export type InputKey = 'base' | 'target' | 'stated' | 'latestYear' | 'latestValue' | 'assumed';

export type DerivedKey =
	| 'targetLevel'
	| 'projected'
	| 'gap'
	| 'required'
	| 'achieved'
	| 'progress'
	| 'timeProgress'
	| 'status';

export type ColumnKey = YearKey | InputKey | DerivedKey | 'printedAchieved';

export type ColumnDef = { key: ColumnKey; role: ColumnRole; format: ColumnFormat };

export const INPUT_KEYS: readonly InputKey[] = [
	'base',
	'target',
	'stated',
	'latestYear',
	'latestValue',
	'assumed'
];

const FORMAT: Record<Exclude<ColumnKey, YearKey>, ColumnFormat> = {
	base: 'level',
	target: 'level',
	stated: 'growth',
	latestYear: 'year',
	latestValue: 'level',
	assumed: 'growth',
	targetLevel: 'level',
	projected: 'level',
	gap: 'level',
	required: 'growth',
	achieved: 'growth',
	printedAchieved: 'growth',
	progress: 'share',
	timeProgress: 'share',
	status: 'status'
};

export function isInputKey(key: string): key is InputKey {
	return (INPUT_KEYS as readonly string[]).includes(key);
}

export function yearKey(year: number): YearKey {
	return `y${year}`;
}

/** The year of a printed year column, or null for any other column. */
export function yearOf(key: ColumnKey): number | null {
	return /^y\d{4}$/.test(key) ? Number(key.slice(1)) : null;
}

export function formatOf(key: ColumnKey): ColumnFormat {
	return yearOf(key) === null ? FORMAT[key as Exclude<ColumnKey, YearKey>] : 'level';
}

/**
 * Columns of a table, in display and sheet order. `printedAchieved` says whether
 * the whole table prints achieved rates, for a head that holds only its first rows.
 */
export function columnsFor(
	table: Pick<PlanTable, 'years' | 'baseYear' | 'indicators'>,
	printedAchieved = table.indicators.some((i) => i.achievedRate)
): ColumnDef[] {
	const def = (key: ColumnKey, role: ColumnRole): ColumnDef => ({
		key,
		role,
		format: formatOf(key)
	});
	const years = table.years.map((y) =>
		y === table.baseYear ? def('base', 'input') : def(yearKey(y), 'source')
	);
	const printed = printedAchieved ? [def('printedAchieved', 'source')] : [];
	return [
		...years,
		def('target', 'input'),
		def('stated', 'input'),
		...printed,
		def('latestYear', 'input'),
		def('latestValue', 'input'),
		def('assumed', 'input'),
		def('targetLevel', 'derived'),
		def('projected', 'derived'),
		def('gap', 'derived'),
		def('required', 'derived'),
		def('achieved', 'derived'),
		def('progress', 'derived'),
		def('timeProgress', 'derived'),
		def('status', 'derived')
	];
}
