/** A paste read as a block of cells, and where each of them lands. */
import { describe, expect, it } from 'vitest';
import { cellsOf, placed } from '../../src/lib/ui/grid-clipboard';

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
