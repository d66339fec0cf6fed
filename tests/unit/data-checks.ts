/** Checks every table-specific data test makes, written once. */
import { expect } from 'vitest';
import { parseValueText } from '../../src/lib/model/cell-text';
import type { Indicator, PlanTable, ValueCell } from '../../src/lib/model/table';

/** Value and target cells of a record, labelled for messages. */
export function valueCells(ind: Indicator): [string, ValueCell][] {
	const cells: [string, ValueCell][] = [];
	for (const [year, cell] of Object.entries(ind.values)) if (cell) cells.push([year, cell]);
	cells.push(['target', ind.target]);
	return cells;
}

/**
 * Every value and target cell reads as parseValueText reads its raw text,
 * bar the listed exceptions (key `${id}.${column}` → reason), each of which
 * must be used.
 */
export function expectValueCellsAsPrinted(
	table: PlanTable,
	exceptions: Record<string, string>
): void {
	const used = new Set<string>();
	for (const ind of table.indicators) {
		for (const [col, cell] of valueCells(ind)) {
			if (cell.raw === '') continue;
			const key = `${ind.id}.${col}`;
			if (key in exceptions) {
				used.add(key);
				continue;
			}
			const parsed = parseValueText(cell.raw);
			expect(cell.value, key).toBe(parsed.value);
			expect(cell.comparator, key).toBe(parsed.comparator);
			expect(cell.qualitative ?? false, key).toBe(parsed.qualitative ?? false);
		}
	}
	expect([...used].sort()).toEqual(Object.keys(exceptions).sort());
}
