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

/**
 * Qualitative cells carry no number (never 0); a qualitative row has a
 * qualitative target, no growth and no values; a numeric row's target is not
 * qualitative.
 */
export function expectQualitativeRowsAsSuch(table: PlanTable): void {
	for (const ind of table.indicators) {
		for (const [col, cell] of valueCells(ind)) {
			if (cell.qualitative) expect(cell.value, `${ind.id}.${col}`).toBeNull();
		}
		if (ind.kind === 'qualitative') {
			expect(ind.target.qualitative, ind.id).toBe(true);
			expect(ind.target.value, ind.id).toBeNull();
			expect(ind.growth, ind.id).toMatchObject({ raw: '', value: null, kind: 'none' });
			expect(Object.values(ind.values).every((c) => c === null)).toBe(true);
		} else {
			expect(ind.target.qualitative ?? false, ind.id).toBe(false);
		}
	}
}
