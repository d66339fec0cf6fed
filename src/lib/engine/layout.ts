/**
 * Where things live in the workbook: one sheet, a header row, then one row per
 * indicator in table order, with the columns of model/columns.ts as A, B, C …
 * Plan years and tolerances are named expressions so formulas read as prose.
 */
import { COLUMNS, type ColumnKey } from '../model/columns';

export const SHEET = 'Indicators';
export const HEADER_ROWS = 1;

export const NAMES = {
	baseYear: 'BaseYear',
	targetYear: 'TargetYear',
	aboutTolerance: 'AboutTolerance'
} as const;

/** Default relative band for "左右" (about) targets: within 2 % of the target. */
export const DEFAULT_ABOUT_TOLERANCE = 0.02;

const letters = new Map<ColumnKey, string>(
	COLUMNS.map((c, i) => [c.key, String.fromCharCode(65 + i)])
);

export function colIndex(key: ColumnKey): number {
	return COLUMNS.findIndex((c) => c.key === key);
}

export function colLetter(key: ColumnKey): string {
	const l = letters.get(key);
	if (!l) throw new Error(`no column for ${key}`);
	return l;
}

export function columnOfLetter(letter: string): ColumnKey | undefined {
	for (const [key, l] of letters) if (l === letter) return key;
	return undefined;
}

/** Zero-based sheet row of the indicator at `index` in table order. */
export function sheetRow(index: number): number {
	return index + HEADER_ROWS;
}

/** A1-style reference of a cell, e.g. ref('latestValue', 0) → "F2". */
export function ref(key: ColumnKey, index: number): string {
	return `${colLetter(key)}${sheetRow(index) + 1}`;
}
