/** The formula cells a table's model holds: the unit of the memory bar (≤ 1 KB per formula cell). */
import { rowContents } from '../../src/lib/engine/formulas';
import { Layout } from '../../src/lib/engine/layout';
import type { PlanTable } from '../../src/lib/model/table';

export function formulaCells(table: PlanTable): number {
	const layout = new Layout(table);
	let n = 0;
	table.indicators.forEach((ind, index) => {
		const row = rowContents({ ind, index, table, layout });
		for (const v of Object.values(row)) if (typeof v === 'string' && v.startsWith('=')) n++;
	});
	return n;
}
