/** The grid's display columns: the row header, unit and type, then the table's model columns. */
import type { ColumnDef } from '../model/columns';

export type GridColumn =
	{ kind: 'name' } | { kind: 'unit' } | { kind: 'attribute' } | { kind: 'model'; def: ColumnDef };

export function gridColumns(columns: readonly ColumnDef[], withAttribute: boolean): GridColumn[] {
	return [
		{ kind: 'name' },
		{ kind: 'unit' },
		...(withAttribute ? [{ kind: 'attribute' as const }] : []),
		...columns.map((def) => ({ kind: 'model' as const, def }))
	];
}
