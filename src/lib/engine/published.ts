/**
 * The rows as printed, before any formula has run: the figures a table
 * publishes (year columns, base, target, stated growth, latest actual year)
 * in the cells the workbook will hold them in, derived cells empty. The app
 * paints these at once while the workbook builds, which for a large table
 * takes seconds. No formula text is built here: at 10,000 rows building the
 * whole row's contents to keep only its numbers took about half a second.
 */
import type { CellValue } from '../model/cell-value';
import { yearKey, type ColumnKey } from '../model/columns';
import type { RowValues } from '../model/row';
import type { PlanTable } from '../model/table';
import { inputDefaults } from './formulas';
import { Layout } from './layout';
import { valueIn } from '../model/indicator';

export function publishedRows(table: PlanTable): RowValues[] {
	const layout = new Layout(table);
	return table.indicators.map((ind, index) => {
		const cells: Partial<Record<ColumnKey, CellValue>> = {};
		for (const y of table.years) if (y !== table.baseYear) cells[yearKey(y)] = valueIn(ind, y);
		if (layout.has('printedAchieved')) cells.printedAchieved = ind.achievedRate?.value ?? null;
		if (ind.kind === 'qualitative') cells.status = 'qualitative';
		else
			for (const [key, content] of Object.entries(inputDefaults({ ind, index, table, layout })))
				if (typeof content === 'number') cells[key as ColumnKey] = content;
				else if (key === 'latestYear') cells.latestYear = table.baseYear; // `=BaseYear`
		return { id: ind.id, cells, edited: {} };
	});
}
