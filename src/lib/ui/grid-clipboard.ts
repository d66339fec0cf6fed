/**
 * Text from the clipboard as a block of cells: what a spreadsheet puts there when
 * cells are copied (rows by line, cells by tab), or a single value.
 */
import type { Bounds, Pos } from './grid-keys';

/** Rows of cells; the line end a spreadsheet adds after the last row is not a row. */
export function cellsOf(text: string): string[][] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	if (lines.length > 1 && lines.at(-1) === '') lines.pop();
	return lines.map((line) => line.split('\t'));
}

/** Where each pasted cell lands, from `at` down and to the right; cells past the grid's edge are left out. */
export function placed(block: string[][], at: Pos, b: Bounds): { pos: Pos; text: string }[] {
	const out: { pos: Pos; text: string }[] = [];
	block.forEach((row, i) =>
		row.forEach((text, j) => {
			const pos = { r: at.r + i, c: at.c + j };
			if (pos.r < b.rows && pos.c < b.cols) out.push({ pos, text: text.trim() });
		})
	);
	return out;
}
