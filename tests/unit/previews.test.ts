/**
 * The bookkeeping of previewed rows: the engine answers edits in order, and what
 * the screen shows must only ever move forward.
 */
import { describe, expect, it } from 'vitest';
import type { RowValues } from '../../src/lib/model/row';
import { createModel } from '../../src/lib/engine';
import { indexById, isRealGrowth } from '../../src/lib/model/indicator';
import {
	assumptionPreview,
	inputPreview,
	Previews,
	rehearse,
	type PreviewSource
} from '../../src/lib/state/previews';
import { loadTable } from './load-table';
import { syntheticTable } from '../../src/lib/tables/synthetic';

const row = (id: string, projected: number): RowValues => ({
	id,
	cells: { projected },
	edited: {}
});

describe('previews until the engine answers', () => {
	it('an answer replaces its own preview', () => {
		const p = new Previews();
		const seq = p.show([row('a', 2)], () => row('a', 1));
		expect(p.answered(seq, [row('a', 2.0000001)])).toEqual([row('a', 2.0000001)]);
	});

	it('an earlier answer does not paint over a later preview, and becomes what it falls back to', () => {
		const p = new Previews();
		const first = p.show([row('a', 2)], () => row('a', 1));
		const second = p.show([row('a', 3)], () => row('a', 2));
		// the engine's row after the first edit stays hidden under the second preview
		expect(p.answered(first, [row('a', 2)])).toEqual([]);
		// the second edit refused: back to the engine's row after the first
		expect(p.answered(second, null)).toEqual([row('a', 2)]);
	});

	it('a refused edit, or a row its answer leaves out, falls back to the engine’s last row', () => {
		const p = new Previews();
		const refused = p.show([row('a', 2)], () => row('a', 1));
		expect(p.answered(refused, null)).toEqual([row('a', 1)]);
		const partial = p.show([row('a', 5), row('b', 6)], (id) => row(id, 0));
		expect(p.answered(partial, [row('b', 6)])).toEqual([row('b', 6), row('a', 0)]);
	});

	it('an edit with no preview passes its answer through, and nothing is held after clear()', () => {
		const p = new Previews();
		const plain = p.show([], () => undefined);
		expect(p.answered(plain, [row('c', 1)])).toEqual([row('c', 1)]);
		const held = p.show([row('a', 2)], () => row('a', 1));
		p.clear();
		expect(p.answered(held, null)).toEqual([]);
	});
});

describe('which rows an edit previews', () => {
	const table = loadTable('jindong-14th.json');
	const m = createModel(table);
	const rows = table.indicators.map((i) => m.row(i.id));
	const from: PreviewSource = {
		table,
		rows,
		rowIndex: indexById(table.indicators),
		assumptions: m.assumptions()
	};
	const real = table.indicators.filter((i) => i.kind !== 'qualitative' && isRealGrowth(i));
	m.destroy();

	it('a typed number in assumed growth, latest value or target: that row', () => {
		for (const key of ['assumed', 'latestValue', 'target'] as const)
			expect(inputPreview(from, 'gdp', key, 0.07).map((r) => r.id)).toEqual(['gdp']);
	});

	it('not a formula, a restored default, or an input other rows’ defaults read', () => {
		expect(inputPreview(from, 'gdp', 'assumed', '=D2')).toEqual([]);
		expect(inputPreview(from, 'gdp', 'assumed', null)).toEqual([]);
		for (const key of ['base', 'stated', 'latestYear'] as const)
			expect(inputPreview(from, 'gdp', key, 2022)).toEqual([]);
	});

	it('the deflator: every real-growth row; its default is the deflator the plan implies', () => {
		expect(assumptionPreview(from, 'deflator', 0.03).map((r) => r.id)).toEqual(
			real.map((i) => i.id)
		);
		const implied = from.assumptions.find((a) => a.key === 'deflator')!.implied as number;
		expect(assumptionPreview(from, 'deflator', null)).toEqual(
			assumptionPreview(from, 'deflator', implied)
		);
	});

	it('nothing for a value the engine refuses', () => {
		expect(assumptionPreview(from, 'deflator', -1)).toEqual([]);
		expect(assumptionPreview(from, 'aboutTolerance', 1.5)).toEqual([]);
	});

	it('a rehearsal computes a table-wide and a one-row edit, and changes nothing', () => {
		const before = structuredClone({ rows: from.rows, assumptions: from.assumptions });
		expect(rehearse(from)).toBe(real.length + 1);
		expect({ rows: from.rows, assumptions: from.assumptions }).toEqual(before);
	});
});

it('where the grid shows some rows: only the fresh rows in view are previewed, never a stale one', () => {
	const table = syntheticTable({ indicators: 120, seed: 5 });
	const m = createModel(table);
	const from: PreviewSource = {
		table,
		rows: table.indicators.map((i) => m.row(i.id)),
		rowIndex: indexById(table.indicators),
		assumptions: m.assumptions()
	};
	m.destroy();
	const real = [...table.indicators.keys()].filter((i) => isRealGrowth(table.indicators[i]!));
	const [a, b, c] = real;
	const other = table.indicators.findIndex((i) => !isRealGrowth(i));
	const windowed: PreviewSource = { ...from, near: [other, a!, b!, c!], fresh: (i) => i !== b };
	const at = (id: string) => table.indicators.findIndex((i) => i.id === id);
	// a table-wide edit: the real-growth rows in view, less the stale one
	const all = assumptionPreview(from, 'deflator', 0.03);
	expect(all.length).toBe(real.length);
	expect(assumptionPreview(windowed, 'deflator', 0.03)).toEqual(
		all.filter((r) => [a, c].includes(at(r.id)))
	);
	// one row: previewed where it is fresh, in view or not
	const id = (i: number) => table.indicators[i]!.id;
	expect(inputPreview(windowed, id(b!), 'assumed', 0.07)).toEqual([]);
	expect(inputPreview({ ...windowed, near: [] }, id(c!), 'assumed', 0.07)).toEqual(
		inputPreview(from, id(c!), 'assumed', 0.07)
	);
	expect(inputPreview(from, id(c!), 'assumed', 0.07)).toHaveLength(1);
});
