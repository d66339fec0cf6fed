/**
 * The notebook's columns, in display order. The engine lays them out as sheet
 * columns; the UI renders them. Keys are the vocabulary both sides share.
 *
 * - `source`: a figure printed in the seed, shown as published (not editable)
 * - `input`: an editable cell; its default is the published figure or a formula
 * - `derived`: a formula cell computed by the engine
 */
export type ColumnRole = 'source' | 'input' | 'derived';

/** How a column's numbers read, which decides their formatting. */
export type ColumnFormat = 'level' | 'growth' | 'year' | 'share' | 'status';

export type ColumnKey =
	| 'prior'
	| 'base'
	| 'target'
	| 'stated'
	| 'latestYear'
	| 'latestValue'
	| 'assumed'
	| 'targetLevel'
	| 'projected'
	| 'gap'
	| 'required'
	| 'achieved'
	| 'progress'
	| 'timeProgress'
	| 'status';

export type ColumnDef = { key: ColumnKey; role: ColumnRole; format: ColumnFormat };

export const COLUMNS: readonly ColumnDef[] = [
	{ key: 'prior', role: 'source', format: 'level' },
	{ key: 'base', role: 'input', format: 'level' },
	{ key: 'target', role: 'input', format: 'level' },
	{ key: 'stated', role: 'input', format: 'growth' },
	{ key: 'latestYear', role: 'input', format: 'year' },
	{ key: 'latestValue', role: 'input', format: 'level' },
	{ key: 'assumed', role: 'input', format: 'growth' },
	{ key: 'targetLevel', role: 'derived', format: 'level' },
	{ key: 'projected', role: 'derived', format: 'level' },
	{ key: 'gap', role: 'derived', format: 'level' },
	{ key: 'required', role: 'derived', format: 'growth' },
	{ key: 'achieved', role: 'derived', format: 'growth' },
	{ key: 'progress', role: 'derived', format: 'share' },
	{ key: 'timeProgress', role: 'derived', format: 'share' },
	{ key: 'status', role: 'derived', format: 'status' }
];

export type InputKey = 'base' | 'target' | 'stated' | 'latestYear' | 'latestValue' | 'assumed';

export const INPUT_KEYS: readonly InputKey[] = [
	'base',
	'target',
	'stated',
	'latestYear',
	'latestValue',
	'assumed'
];

export function isInputKey(key: string): key is InputKey {
	return (INPUT_KEYS as readonly string[]).includes(key);
}

export function columnDef(key: ColumnKey): ColumnDef {
	const def = COLUMNS.find((c) => c.key === key);
	if (!def) throw new Error(`unknown column ${key}`);
	return def;
}
