/**
 * The workbook builds with an index over the dependents of much-used names
 * (engine/edges.ts). A dependency it missed would leave a cell stale after the
 * name changes, so these check that every dependent follows its names.
 */
import { describe, expect, it } from 'vitest';
import { canIndexEdges } from '../../src/lib/engine/edges';
import { Workbook } from '../../src/lib/engine/workbook';

// far past the number of dependents where the index takes over
const N = 300;

function build(): Workbook {
	return new Workbook({
		sheet: 'S',
		rows: [
			['x', 'scaled', 'shifted'],
			...Array.from({ length: N }, (_, i) => [
				i + 1,
				`=A${i + 2}*Rate+Rate-Rate`,
				`=B${i + 2}+Base+Base-Base`
			])
		],
		names: { Base: 10, Seed: 2, Rate: '=Seed*1' }
	});
}

describe('workbook built with indexed dependents', () => {
	it('uses the index with the installed HyperFormula', () => {
		expect(canIndexEdges()).toBe(true);
	});

	it('computes every row, and every row follows a name that changes', () => {
		const wb = build();
		try {
			for (let i = 0; i < N; i++) expect(wb.value(i + 1, 2)).toBe((i + 1) * 2 + 10);
			expect(wb.setName('Rate', 3).size).toBe(N);
			expect(wb.setName('Base', 20).size).toBe(N);
			for (let i = 0; i < N; i++) expect(wb.value(i + 1, 2)).toBe((i + 1) * 3 + 20);
		} finally {
			wb.destroy();
		}
	});

	it('keeps dependents added and removed after the build', () => {
		const wb = build();
		try {
			wb.set([
				{ row: 1, col: 2, content: '=B2' },
				{ row: 2, col: 2, content: '=Base*Rate' }
			]);
			wb.setName('Base', 5);
			expect(wb.value(1, 2)).toBe(2);
			expect(wb.value(2, 2)).toBe(10);
			expect(wb.value(3, 2)).toBe(11);
		} finally {
			wb.destroy();
		}
	});
});
