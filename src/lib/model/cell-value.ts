/** A computed cell as the app sees it: spreadsheet errors become plain data. */
export type CellValue = number | string | boolean | null | { error: string; message: string };

export function isCellError(v: CellValue): v is { error: string; message: string } {
	return v !== null && typeof v === 'object';
}

/** Whether stored data has the shape of a cell value. */
export function isCellValue(v: unknown): v is CellValue {
	if (v === null || ['number', 'string', 'boolean'].includes(typeof v)) return true;
	const e = v as { error?: unknown; message?: unknown };
	return typeof v === 'object' && typeof e.error === 'string' && typeof e.message === 'string';
}
