/** Computed rows as the engine hands them to the app: plain data, no engine objects. */
import type { CellValue } from './cell-value';
import type { ColumnKey, InputKey } from './columns';
import { isStatus, type Status } from './status';

/** One row of computed values, keyed by column, plus which inputs differ from the plan. */
export type RowValues = {
	id: string;
	cells: Partial<Record<ColumnKey, CellValue>>;
	edited: Partial<Record<InputKey, true>>;
};

/** A cell's formula with the cells and named constants it uses. */
export type CellDescription = {
	address: string;
	formula: string | null;
	refs: { address: string; id: string; column: ColumnKey; value: CellValue }[];
	names: { name: string; value: CellValue }[];
};

/** A row's status; a row whose status cell holds no known status has no data. */
export function statusOf(row: RowValues): Status {
	const s = row.cells.status;
	return isStatus(s) ? s : 'noData';
}

/**
 * Whether two rows show the same: the same value in each cell and the same inputs edited. The
 * rows of a build, or those shipped with the data set, often repeat the ones on screen; a row
 * given equal values is not rendered again.
 */
export function sameRow(a: RowValues, b: RowValues): boolean {
	return (
		a === b ||
		(a.id === b.id &&
			sameEntries(a.cells, b.cells, sameCell) &&
			sameEntries(a.edited, b.edited, Object.is))
	);
}

function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
	if (Object.is(a, b)) return true;
	return (
		typeof a === 'object' &&
		a !== null &&
		typeof b === 'object' &&
		b !== null &&
		a.error === b.error &&
		a.message === b.message
	);
}

function sameEntries<T>(
	a: Partial<Record<string, T>>,
	b: Partial<Record<string, T>>,
	same: (x: T | undefined, y: T | undefined) => boolean
): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => k in b && same(a[k], b[k]));
}
