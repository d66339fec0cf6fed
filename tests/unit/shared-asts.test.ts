/**
 * Cells of one formula shape share one parsed tree (engine/shared-asts.ts), and
 * the dependents arrays are copied to their own length after a build
 * (compactEdges in engine/edges.ts). Both save memory only: these check that
 * every value, formula and link a cell shows stays its own.
 */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { compactEdges } from '../../src/lib/engine/edges';
import { shareable, shareParsedAsts } from '../../src/lib/engine/shared-asts';

type Internals = {
	dependencyGraph: { addressMapping: { getCell(a: object): { formula?: unknown } | undefined } };
	graph: { edgesSparseArray: (number[] | undefined)[] };
};

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function build(rows: (string | number | null)[][]): HyperFormula {
	expect(shareParsedAsts()).toBe(true);
	return HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
}

function tree(hf: HyperFormula, row: number, col: number): unknown {
	return (hf as unknown as Internals).dependencyGraph.addressMapping.getCell(at(row, col))?.formula;
}

describe('parsed formulas shared between cells', () => {
	it('gives cells of one shape one tree, and each its own values and formula text', () => {
		const hf = build([
			[1, '=(A1+1)*2', '=SUM(A1, B1)'],
			[2, '=(A2+1)*2', '=SUM(A2, B2)'],
			[3, '=(A3+1)*2', '=SUM(A3, B3)']
		]);
		try {
			expect(tree(hf, 0, 1)).toBe(tree(hf, 2, 1));
			expect(tree(hf, 0, 2)).toBe(tree(hf, 1, 2));
			expect([0, 1, 2].map((r) => hf.getCellValue(at(r, 2)))).toEqual([5, 8, 11]);
			hf.setCellContents(at(1, 0), 10);
			expect([0, 1, 2].map((r) => hf.getCellValue(at(r, 1)))).toEqual([4, 22, 8]);
			hf.addRows(0, [1, 1]);
			expect(hf.getCellFormula(at(2, 1))).toBe('=(A3+1)*2');
			expect([0, 2, 3].map((r) => hf.getCellValue(at(r, 2)))).toEqual([5, 32, 11]);
			hf.setCellContents(at(3, 0), 4);
			expect([0, 2, 3].map((r) => hf.getCellValue(at(r, 2)))).toEqual([5, 32, 14]);
		} finally {
			hf.destroy();
		}
	});

	it('still puts reversed ranges in order', () => {
		const hf = build([
			[1, 2, '=SUM(B1:A1)', '=SUM(B1:A1)*2'],
			[3, 4, '=SUM(A2:A1)', '=SUM(B2:B1)+1']
		]);
		try {
			expect(hf.getCellValue(at(0, 2))).toBe(3);
			expect(hf.getCellValue(at(0, 3))).toBe(6);
			expect(hf.getCellValue(at(1, 2))).toBe(4);
			expect(hf.getCellValue(at(1, 3))).toBe(7);
			expect(hf.getCellFormula(at(1, 2))).toBe('=SUM(A1:A2)');
		} finally {
			hf.destroy();
		}
	});

	it('keeps each HYPERLINK its own address, since evaluation writes it to the tree', () => {
		const hf = build([
			['a', '=HYPERLINK("https://example.org/"&A1, "go")'],
			['b', '=HYPERLINK("https://example.org/"&A2, "go")']
		]);
		try {
			expect(hf.getCellHyperlink(at(0, 1))).toBe('https://example.org/a');
			expect(hf.getCellHyperlink(at(1, 1))).toBe('https://example.org/b');
		} finally {
			hf.destroy();
		}
	});

	it('shares a tree only where the library would not change it', () => {
		const ref = { type: 'CELL_REFERENCE', reference: {} };
		const call = (procedureName: string, ...args: object[]) => ({
			type: 'FUNCTION_CALL',
			procedureName,
			args
		});
		expect(shareable({ type: 'PLUS_OP', left: ref, right: { type: 'NUMBER', value: 1 } })).toBe(
			true
		);
		expect(shareable({ type: 'PARENTHESES', expression: call('LN', ref) })).toBe(true);
		expect(shareable(call('SUM', { type: 'CELL_RANGE', start: {}, end: {} }))).toBe(false);
		expect(shareable({ type: 'MINUS_UNARY_OP', value: { type: 'ROW_RANGE' } })).toBe(false);
		expect(shareable(call('IF', ref, call('HYPERLINK', ref)))).toBe(false);
		expect(shareable({ type: 'ARRAY', args: [[ref], [{ type: 'COLUMN_RANGE' }]] })).toBe(false);
		expect(shareable({ type: 'SOMETHING_NEW', left: ref })).toBe(false);
	});
});

describe('dependents arrays copied to their own length', () => {
	it('keeps every dependent, in order', () => {
		const hf = build([
			[1, '=A1*2', '=A1+B1', '=A1-C1'],
			[2, '=A2*2', '=A1+B2', '=A1-C2']
		]);
		try {
			hf.setCellContents(at(0, 2), '=B1*3');
			const edges = (hf as unknown as Internals).graph.edgesSparseArray;
			const shape = () =>
				edges.map((ids) => ids && { length: ids.length, at: Object.entries(ids) });
			const before = shape();
			expect(before.filter((e) => e && e.length > 1).length).toBeGreaterThan(0);
			compactEdges(hf);
			expect(shape()).toEqual(before);
			hf.setCellContents(at(0, 0), 5);
			expect([0, 1].map((r) => hf.getCellValue(at(r, 3)))).toEqual([-25, -4]);
			expect(hf.getCellValue(at(0, 2))).toBe(30);
			expect(hf.getCellValue(at(1, 2))).toBe(9);
		} finally {
			hf.destroy();
		}
	});
});
