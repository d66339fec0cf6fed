/**
 * Where things live in a table's workbook: one sheet, a header row, then one
 * row per indicator in table order, with the table's columns (model/columns.ts)
 * as A, B, C … Plan years and assumptions are named expressions so formulas
 * read as prose.
 */
import { columnsFor, type ColumnDef, type ColumnKey } from '../model/columns';
import type { PlanTable } from '../model/table';
import { ASSUMPTION_NAMES } from '../model/assumption';

export const SHEET = 'Indicators';
export const HEADER_ROWS = 1;

export const NAMES = {
	baseYear: 'BaseYear',
	targetYear: 'TargetYear',
	aboutTolerance: ASSUMPTION_NAMES.aboutTolerance,
	deflator: ASSUMPTION_NAMES.deflator,
	impliedDeflator: 'ImpliedDeflator'
} as const;

/** Default relative band for "左右" (about) targets: within 2 % of the target. */
export const DEFAULT_ABOUT_TOLERANCE = 0.02;

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function letterOf(index: number): string {
	let n = index + 1;
	let s = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		s = String.fromCharCode(65 + r) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

/** Zero-based sheet row of the indicator at `index` in table order. */
export function sheetRow(index: number): number {
	return index + HEADER_ROWS;
}

export class Layout {
	readonly columns: readonly ColumnDef[];
	readonly #index: ReadonlyMap<ColumnKey, number>;
	readonly #byLetter: ReadonlyMap<string, ColumnKey>;

	constructor(table: Pick<PlanTable, 'years' | 'baseYear' | 'indicators'>) {
		this.columns = columnsFor(table);
		this.#index = new Map(this.columns.map((c, i) => [c.key, i]));
		this.#byLetter = new Map(this.columns.map((c, i) => [letterOf(i), c.key]));
	}

	has(key: ColumnKey): boolean {
		return this.#index.has(key);
	}

	col(key: ColumnKey): number {
		const i = this.#index.get(key);
		if (i === undefined) throw new Error(`this table has no column ${key}`);
		return i;
	}

	keyOfLetter(letter: string): ColumnKey | undefined {
		return this.#byLetter.get(letter);
	}

	/** A1-style reference of a cell, e.g. ref('latestValue', 0) → "F2". */
	ref(key: ColumnKey, index: number): string {
		return `${letterOf(this.col(key))}${sheetRow(index) + 1}`;
	}
}
