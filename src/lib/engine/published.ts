/**
 * The rows as printed, before any formula has run: the figures a table
 * publishes (year columns, base, target, stated growth, latest actual) in the
 * cells the workbook will hold them in, derived cells empty. The app paints
 * these at once while the workbook builds, which for a large table takes
 * seconds. Pure: no engine is involved.
 */
import type { CellValue } from '../model/cell-value';
import type { ColumnKey } from '../model/columns';
import type { RowValues } from '../model/row';
import type { PlanTable } from '../model/table';
import { rowContents } from './formulas';
import { Layout } from './layout';

export function publishedRows(table: PlanTable): RowValues[] {
	const layout = new Layout(table);
	return table.indicators.map((ind, index) => {
		const cells: Partial<Record<ColumnKey, CellValue>> = {};
		for (const [key, content] of Object.entries(rowContents({ ind, index, table, layout })))
			if (typeof content === 'number' || (typeof content === 'string' && !content.startsWith('=')))
				cells[key as ColumnKey] = content;
		return { id: ind.id, cells, edited: {} };
	});
}
