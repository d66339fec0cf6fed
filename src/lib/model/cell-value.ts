/** A computed cell as the app sees it: spreadsheet errors become plain data. */
export type CellValue = number | string | boolean | null | { error: string; message: string };

export function isCellError(v: CellValue): v is { error: string; message: string } {
	return v !== null && typeof v === 'object';
}
