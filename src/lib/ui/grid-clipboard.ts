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

/** The cells between two corners, both included. */
export type Range = { r0: number; r1: number; c0: number; c1: number };

export function rangeOf(a: Pos, b: Pos): Range {
	return {
		r0: Math.min(a.r, b.r),
		r1: Math.max(a.r, b.r),
		c0: Math.min(a.c, b.c),
		c1: Math.max(a.c, b.c)
	};
}

export function inRange(p: Pos, g: Range): boolean {
	return p.r >= g.r0 && p.r <= g.r1 && p.c >= g.c0 && p.c <= g.c1;
}

/**
 * A block of cells as a spreadsheet puts it on the clipboard: a tab between cells and a
 * line end after each row. A tab or line end inside a cell's text would move the cells after
 * it, so it becomes a space.
 */
export function blockText(g: Range, text: (p: Pos) => string): string {
	const lines: string[] = [];
	for (let r = g.r0; r <= g.r1; r++) {
		const cells: string[] = [];
		for (let c = g.c0; c <= g.c1; c++) cells.push(text({ r, c }).replace(/[\t\r\n]+/g, ' '));
		lines.push(cells.join('\t'));
	}
	return lines.join('\n') + '\n';
}

/** Every cell of a block, row by row. */
export function cellsIn(g: Range): Pos[] {
	const out: Pos[] = [];
	for (let r = g.r0; r <= g.r1; r++) for (let c = g.c0; c <= g.c1; c++) out.push({ r, c });
	return out;
}

/**
 * Where a paste lands. A single value pasted over a selected block fills every cell of it, as a
 * spreadsheet does (one assumption for many indicators); anything else lands from the active
 * cell down and right.
 */
export function pasteTargets(
	block: string[][],
	at: Pos,
	b: Bounds,
	selection: Range | null
): { pos: Pos; text: string }[] {
	const single = block.length === 1 && block[0]!.length === 1;
	if (single && selection)
		return cellsIn(selection).map((pos) => ({ pos, text: block[0]![0]!.trim() }));
	return placed(block, at, b);
}
