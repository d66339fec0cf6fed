import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { publishedRows } from '../../src/lib/engine/published';
import { Session, statusCode, type Reply } from '../../src/lib/engine/session';
import { STATUSES } from '../../src/lib/model/status';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { baselineOf } from '../../src/lib/model/scenario';
import { loadTable } from './load-table';

const table = loadTable('jindong-14th.json');

function ok(reply: Reply): Extract<Reply, { ok: true }> {
	if (!reply.ok) throw new Error(`${reply.kind}: ${reply.message}`);
	return reply;
}

describe('the engine session (what the worker runs)', () => {
	it('answers nothing but "no table" before a table is open', () => {
		const s = new Session();
		expect(s.handle({ op: 'set', id: 'gdp', input: 'assumed', value: 0.06 })).toMatchObject({
			ok: false,
			kind: 'noTable'
		});
	});

	it('opens a table with a scenario, reports the entries it cannot take, and keeps the rest', () => {
		const s = new Session();
		const reply = ok(
			s.handle({
				op: 'open',
				table,
				inputs: [
					{ indicator: 'gdp', input: 'assumed', value: 0.06 },
					{ indicator: 'no-such-row', input: 'assumed', value: 0.1 },
					{ indicator: 'gdp', input: 'base', value: '=NOSUCHFUNCTION(1)' } // not an allowed function
				],
				assumptions: { deflator: 0.02 }
			})
		);
		expect(reply.rows).toHaveLength(table.indicators.length);
		expect(reply.rejected?.map((r) => [r.indicator, r.reason])).toEqual([
			['no-such-row', 'unknownIndicator'],
			['gdp', 'forbiddenFunction']
		]);
		const gdp = reply.rows.find((r) => r.id === 'gdp')!;
		// 258 × (1.06 × 1.02)^5, as the model computes it directly
		const direct = createModel(table);
		direct.set('gdp', 'assumed', 0.06);
		direct.setAssumption('deflator', 0.02);
		expect(gdp.cells.projected).toBeCloseTo(direct.derived('gdp').projected!, 9);
		expect(gdp.edited).toEqual({ assumed: true });
		expect(reply.assumptions?.find((a) => a.key === 'deflator')?.value).toBe(0.02);
		direct.destroy();
	});

	it('answers an edit with the rows it changed only, and a rejected edit with the reason', () => {
		const s = new Session();
		ok(s.handle({ op: 'open', table, inputs: [], assumptions: {} }));
		// the engine reports every row it evaluates late on the first edit after a build: the
		// session sends only the rows whose values moved
		const edit = ok(s.handle({ op: 'set', id: 'gdp', input: 'assumed', value: 0.06 }));
		expect(edit.rows.map((r) => r.id)).toEqual(['gdp']);
		// setting what is already there moves nothing
		expect(ok(s.handle({ op: 'set', id: 'gdp', input: 'assumed', value: 0.06 })).rows).toEqual([]);
		const bad = s.handle({ op: 'set', id: 'gdp', input: 'assumed', value: '=WEBSERVICE("x")' });
		expect(bad).toMatchObject({ ok: false, kind: 'forbiddenFunction' });
		const global = ok(s.handle({ op: 'setAssumption', key: 'deflator', value: 0.03 }));
		expect(global.rows.map((r) => r.id)).toContain('gdp');
		expect(global.assumptions?.find((a) => a.key === 'deflator')?.edited).toBe(true);
		const d = ok(s.handle({ op: 'describe', id: 'gdp', column: 'projected' })).description!;
		expect(d.formula).toBe('=F2*((1+G2)*(1+Deflator))^(TargetYear-E2)');
		expect(d.refs.find((r) => r.column === 'assumed')?.value).toBe(0.06);
		ok(s.handle({ op: 'close' }));
		expect(s.handle({ op: 'describe', id: 'gdp', column: 'projected' })).toMatchObject({
			ok: false,
			kind: 'noTable'
		});
	});
});

it('compares two scenarios of the open table, each in a workbook of its own', () => {
	const s = new Session();
	ok(s.handle({ op: 'open', table, inputs: [], assumptions: {} }));
	const plan = baselineOf(table.id);
	const slower = { ...plan, id: 'x', inputs: { gdp: { assumed: 0.06 } } };
	const c = ok(s.handle({ op: 'compare', a: plan, b: slower })).comparison!;
	expect(c.inputs).toEqual([
		expect.objectContaining({ indicator: 'gdp', input: 'assumed', a: null, b: 0.06, valueB: 0.06 })
	]);
	const gdp = c.derived.find((d) => d.indicator === 'gdp')!;
	// 500 on the plan's own growth; 258 × (1.06 × 1.0521)^5 ≈ 445 at 6 %
	expect(gdp.values.projected?.a).toBeCloseTo(500, 0);
	expect(gdp.values.projected?.delta).toBeCloseTo(445 - 500, 0);
	// the open workbook is untouched by the comparison
	const gap = ok(s.handle({ op: 'describe', id: 'gdp', column: 'gap' })).description!;
	expect(gap.refs.find((r) => r.column === 'projected')?.value).toBeCloseTo(500, 0);
});

describe('the rows as printed (painted while the workbook builds)', () => {
	it('hold the published figures in the cells the engine puts them in, and no derived value', () => {
		const printed = publishedRows(table);
		const model = createModel(table);
		const computed = model.rows();
		expect(printed.map((r) => r.id)).toEqual(computed.map((r) => r.id));
		let figures = 0;
		printed.forEach((row, i) => {
			for (const [key, v] of Object.entries(row.cells)) {
				expect(computed[i]!.cells[key as keyof typeof row.cells], `${row.id} ${key}`).toEqual(v);
				figures++;
			}
			expect(row.cells.projected).toBeUndefined();
		});
		expect(printed.find((r) => r.id === 'gdp')?.cells.base).toBe(258);
		expect(figures).toBeGreaterThan(table.indicators.length * 3);
		model.destroy();
	});
});

describe('a page that shows some rows only (the grid’s row window)', () => {
	const big = syntheticTable({ indicators: 300, seed: 3 });
	const open = () => {
		const s = new Session();
		ok(s.handle({ op: 'open', table: big, inputs: [], assumptions: {} }));
		return s;
	};
	const ids = big.indicators.map((i) => i.id);

	it('sends the moved rows in view, and names the others stale with their status as of now', () => {
		const all = open();
		const some = open();
		const whole = ok(all.handle({ op: 'setAssumption', key: 'deflator', value: 0.05 }));
		const moved = whole.rows.map((r) => ids.indexOf(r.id));
		// three rows the edit moves, and three it does not
		const still = ids.map((_, i) => i).filter((i) => !moved.includes(i));
		const view = [...moved.slice(0, 3), ...still.slice(0, 3)];
		expect(ok(some.handle({ op: 'view', rows: view })).rows).toEqual([]);
		const part = ok(some.handle({ op: 'setAssumption', key: 'deflator', value: 0.05 }));
		expect(whole.stale).toBeUndefined();
		expect(moved.length).toBeGreaterThan(20);
		expect(part.rows).toEqual(whole.rows.slice(0, 3));
		const stale = [...part.stale!.rows];
		expect(stale.sort((a, b) => a - b)).toEqual(moved.filter((i) => !view.includes(i)));
		// the status of each stale row is the one its values now give
		const statusOf = new Map(whole.rows.map((r) => [ids.indexOf(r.id), statusCode(r)]));
		part.stale!.rows.forEach((i, n) => expect(part.stale!.status[n]).toBe(statusOf.get(i)));
		expect(STATUSES[part.stale!.status[0]!]).toBeDefined();
	});

	it('answers a view with the stale rows that come into it, once, as they are now', () => {
		const all = open();
		const some = open();
		ok(some.handle({ op: 'view', rows: [0, 1] }));
		const first = ok(some.handle({ op: 'setAssumption', key: 'deflator', value: 0.05 }));
		ok(all.handle({ op: 'setAssumption', key: 'deflator', value: 0.05 }));
		const far = first.stale!.rows.at(-1)!;
		// a second edit moves the same rows again: the page gets the latest values when it looks
		ok(some.handle({ op: 'setAssumption', key: 'deflator', value: 0.01 }));
		const latest = ok(all.handle({ op: 'setAssumption', key: 'deflator', value: 0.01 }));
		const seen = ok(some.handle({ op: 'view', rows: [far - 1, far] }));
		expect(seen.rows).toEqual(
			latest.rows.filter((r) => r.id === ids[far] || r.id === ids[far - 1])
		);
		expect(seen.rows.map((r) => r.id)).toContain(ids[far]);
		expect(ok(some.handle({ op: 'view', rows: [far - 1, far] })).rows).toEqual([]);
		// all of them: every row still stale, in table order
		const rest = ok(some.handle({ op: 'view', rows: null })).rows;
		expect(rest.map((r) => r.id)).toEqual(
			latest.rows
				.map((r) => r.id)
				.filter((id) => ![ids[0], ids[1], ids[far], ids[far - 1]].includes(id))
		);
		expect(rest.length).toBeGreaterThan(10);
		// and with every row shown, an edit sends every row it moves, as before any view
		const back = ok(some.handle({ op: 'setAssumption', key: 'deflator', value: 0.02 }));
		expect(back.stale).toBeUndefined();
		expect(back.rows.length).toBe(latest.rows.length);
	});

	it('forgets the view and the stale rows when a table is opened again', () => {
		const s = open();
		ok(s.handle({ op: 'view', rows: [0] }));
		expect(ok(s.handle({ op: 'setAssumption', key: 'deflator', value: 0.05 })).stale).toBeDefined();
		ok(s.handle({ op: 'open', table: big, inputs: [], assumptions: { deflator: 0.05 } }));
		expect(ok(s.handle({ op: 'view', rows: null })).rows).toEqual([]);
		const edit = ok(s.handle({ op: 'setAssumption', key: 'deflator', value: 0.01 }));
		expect(edit.stale).toBeUndefined();
		expect(edit.rows.length).toBeGreaterThan(20);
	});
});
