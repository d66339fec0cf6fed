/**
 * The first rows of a table's published plan, shipped in a small file of their
 * own (`static/data/computed/<id>.head.json`). A first visit paints the first
 * screenful from it while the whole table, megabytes of it for a large one, is
 * still being read and checked; the whole table's rows replace it as soon as
 * they are. Every table has one, so the page asks for it with the table's other
 * files, before the data set's index says how large the table is.
 */
import type { Snapshot } from './snapshot';
import { statusOf, type RowValues } from './row';
import type { Status } from './status';
import { noCounts } from './summary';
import type { PlanTable } from './table';

/** Rows in a head: a screenful on a tall display, with room to spare. */
export const HEAD_ROWS = 60;

export type AreaCounts = Record<string, Record<Status, number>>;

export type TableHead = {
	type: 'tableHead';
	schemaVersion: 1;
	/** The table with its first indicators only; every other field as in the table file. */
	table: PlanTable;
	/** Of the whole table: how many indicators it has. */
	indicators: number;
	/** Of the whole table: whether it shows the column of printed achieved rates. */
	printedAchieved: boolean;
	/** Of the whole table: status counts per area under the published plan. */
	counts: AreaCounts;
	/** The published plan's rows of the first indicators, named by the whole table file's hash. */
	snapshot: Snapshot;
};

/** Status counts per area of rows in table order. */
export function areaCounts(table: Pick<PlanTable, 'indicators'>, rows: readonly RowValues[]) {
	const counts: AreaCounts = {};
	rows.forEach((row, i) => {
		const area = table.indicators[i]?.area ?? '';
		(counts[area] ??= noCounts())[statusOf(row)]++;
	});
	return counts;
}

/** The head of a table, from the published plan's snapshot of the whole table. */
export function headOf(table: PlanTable, whole: Snapshot, rows = HEAD_ROWS): TableHead {
	return {
		type: 'tableHead',
		schemaVersion: 1,
		table: { ...table, indicators: table.indicators.slice(0, rows) },
		indicators: table.indicators.length,
		printedAchieved: table.indicators.some((i) => i.achievedRate),
		counts: areaCounts(table, whole.rows),
		snapshot: { ...whole, rows: whole.rows.slice(0, rows) }
	};
}
