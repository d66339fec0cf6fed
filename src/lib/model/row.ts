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
