/** A paste read as a block of cells, and where each of them lands; a selected block copied out. */
import { describe, expect, it } from 'vitest';
import {
	blockText,
	cellsIn,
	cellsOf,
	inRange,
	pasteTargets,
	placed,
	rangeOf
} from '../../src/lib/ui/grid-clipboard';

describe('pasted text as cells', () => {
	it('rows by line and cells by tab; the last line end is not a row', () => {
		expect(cellsOf('1\t2\r\n3\t4\r\n')).toEqual([
			['1', '2'],
			['3', '4']
		]);
		expect(cellsOf('6.5%')).toEqual([['6.5%']]);
		expect(cellsOf('a\n\nb')).toEqual([['a'], [''], ['b']]);
	});

	it('lands from the active cell down and right, and not past the grid', () => {
		const b = { rows: 3, cols: 4 };
		expect(placed([['1', '2'], [' 3 ']], { r: 2, c: 3 }, b)).toEqual([
			{ pos: { r: 2, c: 3 }, text: '1' }
		]);
		expect(placed([['1'], ['2']], { r: 0, c: 1 }, b)).toEqual([
			{ pos: { r: 0, c: 1 }, text: '1' },
			{ pos: { r: 1, c: 1 }, text: '2' }
		]);
	});
});

describe('a selected block copied out', () => {
	it('spans the two corners, in whichever order they were picked', () => {
		const g = rangeOf({ r: 4, c: 1 }, { r: 2, c: 3 });
		expect(g).toEqual({ r0: 2, r1: 4, c0: 1, c1: 3 });
		expect(inRange({ r: 3, c: 2 }, g)).toBe(true);
		expect(inRange({ r: 5, c: 2 }, g)).toBe(false);
		expect(inRange({ r: 3, c: 0 }, g)).toBe(false);
	});

	it('is text a spreadsheet pastes as the same block, and reads back as one', () => {
		const text = blockText(rangeOf({ r: 0, c: 0 }, { r: 1, c: 2 }), ({ r, c }) =>
			r === 1 && c === 1 ? 'a\tb\nc' : `${r}${c}`
		);
		expect(text).toBe('00\t01\t02\n10\ta b c\t12\n');
		expect(cellsOf(text)).toEqual([
			['00', '01', '02'],
			['10', 'a b c', '12']
		]);
	});
});

describe('a paste over a selected block', () => {
	const b = { rows: 10, cols: 10 };
	const g = rangeOf({ r: 1, c: 2 }, { r: 2, c: 3 });

	it('fills every cell of the block with a single value', () => {
		expect(cellsIn(g)).toEqual([
			{ r: 1, c: 2 },
			{ r: 1, c: 3 },
			{ r: 2, c: 2 },
			{ r: 2, c: 3 }
		]);
		expect(pasteTargets([[' 6% ']], { r: 2, c: 3 }, b, g)).toEqual(
			cellsIn(g).map((pos) => ({ pos, text: '6%' }))
		);
	});

	it('lands a block of values from the active cell, selection or not', () => {
		const block = [['1'], ['2']];
		expect(pasteTargets(block, { r: 1, c: 2 }, b, g)).toEqual(placed(block, { r: 1, c: 2 }, b));
		expect(pasteTargets([['7']], { r: 4, c: 4 }, b, null)).toEqual([
			{ pos: { r: 4, c: 4 }, text: '7' }
		]);
	});
});
