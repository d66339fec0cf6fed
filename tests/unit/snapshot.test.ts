import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fnv1a, scenarioFingerprint } from '../../src/lib/model/fingerprint';
import { readSnapshot, saveSnapshot, snapshotKey } from '../../src/lib/persist/snapshots';
import { Host } from '../../src/lib/worker/host';
import { loadTable } from './load-table';

const table = loadTable('jindong-14th.json');
const text = readFileSync(new URL('../../static/data/jindong-14th.json', import.meta.url), 'utf8');
const ids = table.indicators.map((i) => i.id);

describe('fingerprints of what computed rows were computed from', () => {
	it('ignore the order of entries and assumptions, and change with any value', () => {
		const a = { indicator: 'gdp', input: 'assumed', value: 0.06 };
		const b = { indicator: 'pop', input: 'base', value: '=B2*2' };
		const f = scenarioFingerprint([a, b], { deflator: 0.02, aboutTolerance: 0.1 });
		expect(scenarioFingerprint([b, a], { aboutTolerance: 0.1, deflator: 0.02 })).toBe(f);
		expect(scenarioFingerprint([a, { ...b, value: '=B2*3' }], { deflator: 0.02 })).not.toBe(f);
		expect(scenarioFingerprint([a, b], { deflator: 0.03, aboutTolerance: 0.1 })).not.toBe(f);
		expect(fnv1a(text)).not.toBe(fnv1a(text.replace('258', '259')));
	});
});

describe('saved rows', () => {
	const want = { table: table.id, tableHash: fnv1a(text), scenarioHash: 'abc', ids };
	const rows = ids.map((id) => ({ id, cells: { projected: 1 }, edited: {} }));
	const base = {
		type: 'rowSnapshot' as const,
		schemaVersion: 1 as const,
		table: table.id,
		tableHash: want.tableHash,
		scenarioHash: 'abc',
		rows
	};

	it('come back for the same table file and scenario only', async () => {
		await saveSnapshot('k1', base);
		// saved before snapshots held assumptions: the rows still paint
		expect(await readSnapshot('k1', want)).toEqual({ rows, assumptions: null });
		expect(await readSnapshot('k1', { ...want, tableHash: 'other' })).toBeNull();
		expect(await readSnapshot('k1', { ...want, scenarioHash: 'other' })).toBeNull();
		expect(await readSnapshot('k1', { ...want, ids: [...ids].reverse() })).toBeNull();
		expect(await readSnapshot('missing', want)).toBeNull();
	});

	it('that are unreadable are ignored, never thrown', async () => {
		await saveSnapshot('k2', { ...base, rows: [null] } as never);
		expect(await readSnapshot('k2', want)).toBeNull();
		await saveSnapshot('k3', 'garbage' as never);
		expect(await readSnapshot('k3', want)).toBeNull();
	});

	it('keep their assumptions when readable, and paint their rows without them when not', async () => {
		const deflator = {
			key: 'deflator' as const,
			name: 'DEFLATOR',
			value: 0.01,
			expression: '0.01',
			edited: true,
			implied: { error: '#DIV/0!', message: '' }
		};
		await saveSnapshot('k4', { ...base, assumptions: [deflator] });
		expect(await readSnapshot('k4', want)).toEqual({ rows, assumptions: [deflator] });
		await saveSnapshot('k5', { ...base, assumptions: [{ ...deflator, key: 'other' }] } as never);
		expect(await readSnapshot('k5', want)).toEqual({ rows, assumptions: null });
	});
});

describe('the host (what runs in the engine worker)', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('fetches the table itself, and saves the rows after the build and after a burst of edits', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response(text, { status: 200 }))
		);
		const host = new Host({ saveAfterMs: 0 });
		const key = snapshotKey(table.id, 's1');
		const inputs = [{ indicator: 'gdp', input: 'assumed' as const, value: 0.06 }];
		const opened = await host.run({
			op: 'openUrl',
			url: 'http://app/data/jindong-14th.json',
			inputs,
			assumptions: {},
			snapshotKey: key
		});
		expect(opened.ok && opened.rows.length).toBe(ids.length);
		const read = (scenarioHash: string) =>
			vi.waitFor(async () => {
				const rows = await readSnapshot(key, {
					table: table.id,
					tableHash: fnv1a(text),
					scenarioHash,
					ids
				});
				if (!rows) throw new Error('not saved yet');
				return rows.rows;
			});
		const saved = await read(scenarioFingerprint(inputs, {}));
		expect(saved?.find((r) => r.id === 'gdp')?.cells.projected).toBeCloseTo(
			(opened.ok && opened.rows.find((r) => r.id === 'gdp')?.cells.projected) as number,
			9
		);

		await host.run({ op: 'set', id: 'gdp', input: 'assumed', value: 0.07 });
		const last = await host.run({ op: 'setAssumption', key: 'deflator', value: 0.01 });
		const after = await read(
			scenarioFingerprint([{ ...inputs[0]!, value: 0.07 }], { deflator: 0.01 })
		);
		expect(after?.find((r) => r.id === 'gdp')?.edited).toEqual({ assumed: true });
		// the saved rows are the ones after the edits, not the ones the build computed
		const now = last.ok ? last.rows.find((r) => r.id === 'gdp')?.cells.projected : undefined;
		expect(now).not.toBe(saved.find((r) => r.id === 'gdp')?.cells.projected);
		expect(after.find((r) => r.id === 'gdp')?.cells.projected).toBe(now);
		// with the assumptions as they stood, so the page can lay out their bar early
		const stored = await readSnapshot(key, {
			table: table.id,
			tableHash: fnv1a(text),
			scenarioHash: scenarioFingerprint([{ ...inputs[0]!, value: 0.07 }], { deflator: 0.01 }),
			ids
		});
		expect(stored?.assumptions?.find((a) => a.key === 'deflator')).toMatchObject({
			value: 0.01,
			edited: true
		});
		// the table was fetched once, however many times it is opened
		await host.run({
			op: 'openUrl',
			url: 'http://app/data/jindong-14th.json',
			inputs: [],
			assumptions: {}
		});
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('fetches a table ahead of its build once, and again when that early fetch failed', async () => {
		const url = 'http://app/data/jindong-14th.json';
		let up = false;
		vi.stubGlobal(
			'fetch',
			vi.fn(async () =>
				up ? new Response(text, { status: 200 }) : new Response('', { status: 503 })
			)
		);
		const host = new Host();
		expect(await host.run({ op: 'fetch', url })).toMatchObject({ ok: false, kind: 'badTable' });
		up = true;
		expect(await host.run({ op: 'fetch', url })).toEqual({ ok: true, rows: [] });
		const opened = await host.run({ op: 'openUrl', url, inputs: [], assumptions: {} });
		expect(opened.ok && opened.rows.length).toBe(ids.length);
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	it('answers a table that cannot be fetched or read with the reason', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('{"type":"planTable"}', { status: 200 }))
		);
		const reply = await new Host().run({
			op: 'openUrl',
			url: 'http://app/data/x.json',
			inputs: [],
			assumptions: {}
		});
		expect(reply).toMatchObject({ ok: false, kind: 'badTable' });
	});
});
