/** The grid's display columns: the row header, unit and type, then the model columns. */
import { COLUMNS, type ColumnDef } from '../model/columns';

export type GridColumn =
	{ kind: 'name' } | { kind: 'unit' } | { kind: 'attribute' } | { kind: 'model'; def: ColumnDef };

export const GRID_COLUMNS: readonly GridColumn[] = [
	{ kind: 'name' },
	{ kind: 'unit' },
	{ kind: 'attribute' },
	...COLUMNS.map((def) => ({ kind: 'model' as const, def }))
];
