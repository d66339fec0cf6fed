import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameRow, type RowValues } from '../../src/lib/model/row';

const cell = fc.oneof(
	fc.double({ noNaN: true }),
	fc.string({ maxLength: 4 }),
	fc.boolean(),
	fc.constant(null),
	fc.record({ error: fc.constantFrom('#DIV/0!', '#VALUE!'), message: fc.string({ maxLength: 4 }) })
);
const row: fc.Arbitrary<RowValues> = fc.record({
	id: fc.constantFrom('gdp', 'pop'),
	cells: fc.dictionary(fc.constantFrom('projected', 'gap', 'required', 'status'), cell),
	edited: fc.dictionary(fc.constantFrom('assumed', 'target'), fc.constant(true as const))
});

describe('sameRow', () => {
	it('holds for a row and its copy', () => {
		fc.assert(fc.property(row, (r) => sameRow(r, structuredClone(r))));
	});

	it('fails when one cell, one edited mark or the id differs', () => {
		const r: RowValues = {
			id: 'gdp',
			cells: { projected: 500, gap: { error: '#DIV/0!', message: 'x' }, status: 'onTrack' },
			edited: { assumed: true }
		};
		const change = (f: (c: RowValues) => void) => {
			const c = structuredClone(r);
			f(c);
			return sameRow(r, c);
		};
		expect(change(() => {})).toBe(true);
		expect(change((c) => (c.cells.projected = 500.0000001))).toBe(false);
		expect(change((c) => (c.cells.projected = '500'))).toBe(false);
		expect(change((c) => (c.cells.gap = { error: '#DIV/0!', message: 'y' }))).toBe(false);
		expect(change((c) => (c.cells.gap = null))).toBe(false);
		expect(change((c) => delete c.cells.status)).toBe(false);
		expect(change((c) => (c.cells.required = null))).toBe(false);
		expect(change((c) => (c.edited = {}))).toBe(false);
		expect(change((c) => (c.id = 'pop'))).toBe(false);
		expect(sameRow({ ...r, cells: { projected: 0 } }, { ...r, cells: { projected: -0 } })).toBe(
			false
		);
	});
});
