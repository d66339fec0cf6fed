/**
 * The notebook where the grid shows some rows only: an edit's rows out of view stay
 * as they were, marked stale, and come up to date when asked for; the status counts
 * are right throughout. Against the real engine, in this process.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { areaCounts } from '../../src/lib/model/head';
import { baselineOf } from '../../src/lib/model/scenario';
import { Notebook } from '../../src/lib/state/notebook.svelte';
import { syntheticTable } from '../../src/lib/tables/synthetic';

const ORIGIN = 'http://notebook.test';
const table = syntheticTable({ indicators: 300, seed: 5 });
const files: Record<string, unknown> = {
	'index.json': {
		type: 'dataIndex',
		schemaVersion: 1,
		tables: [
			{
				id: table.id,
				title: table.title,
				plan: table.plan,
				region: table.region,
				baseYear: table.baseYear,
				targetYear: table.targetYear
			}
		],
		prose: []
	},
	[`${table.id}.json`]: table
};

async function serve(input: string | URL | Request): Promise<Response> {
	const url = new URL(String(input instanceof Request ? input.url : input), ORIGIN);
	const body = files[url.pathname.replace(/^\/data\//, '')];
	return body
		? new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
		: new Response('not found', { status: 404 });
}

beforeAll(() => {
	vi.stubGlobal('location', { href: `${ORIGIN}/` });
	vi.stubGlobal('fetch', serve);
});

let notebook: Notebook | null = null;
afterEach(() => notebook?.destroy());

/** The engine's own rows for the table at a deflator, computed apart. */
function truth(deflator: number) {
	const m = createModel(table);
	m.setAssumption('deflator', deflator);
	const rows = m.rows();
	m.destroy();
	return rows;
}

it('rows out of view stay stale until they come into view or are asked for; counts are always right', async () => {
	const nb = (notebook = new Notebook());
	expect(await nb.init({ dataUrl: (f) => `/data/${f}`, fetcher: serve })).toBe(true);
	expect(await nb.open(table.id)).toBe(true);
	await nb.applyScenario(baselineOf(table.id));
	const inView = Array.from({ length: 30 }, (_, i) => i);
	nb.watch(inView);
	const before = nb.rows;

	expect((await nb.setAssumption('deflator', 0.09)).ok).toBe(true);
	const now = truth(0.09);
	const moved = now
		.map((r, i) => i)
		.filter((i) => now[i]!.cells.projected !== before[i]!.cells.projected);
	const out = moved.filter((i) => i >= 30);
	expect(moved.some((i) => i < 30)).toBe(true);
	expect(out.length).toBeGreaterThan(10);
	// in view: the engine's values; out of view: the values shown before, marked stale
	for (const i of inView) expect(nb.rows[i]).toEqual(now[i]);
	for (const i of out) {
		expect(nb.rows[i]).toBe(before[i]);
		expect(nb.rowStates[i]!.stale).toBe(true);
	}
	expect(nb.staleCount).toBe(out.length);
	// the counts are those of the engine's rows, stale ones included
	expect(nb.counts).toEqual(areaCounts(table, now));

	// scrolled down: the stale rows that come into view are brought up to date
	const down = out.slice(0, 5);
	nb.watch(down);
	await vi.waitFor(() => expect(nb.staleCount).toBe(out.length - down.length));
	for (const i of down) {
		expect(nb.rows[i]).toEqual(now[i]);
		expect(nb.rowStates[i]!.stale).toBe(false);
	}

	// a second edit with other rows in view; then every row asked for, as a print does
	expect((await nb.setAssumption('deflator', 0.01)).ok).toBe(true);
	const later = truth(0.01);
	expect(nb.counts).toEqual(areaCounts(table, later));
	for (const i of down) expect(nb.rows[i]).toEqual(later[i]);
	await nb.freshen(null);
	expect(nb.staleCount).toBe(0);
	expect(nb.rows).toEqual(later);
	expect(nb.rowStates.every((s) => !s.stale)).toBe(true);
	expect(nb.freshen(null)).toBeNull();
});

it('an edit previews the rows in view at once, and only those', async () => {
	const nb = (notebook = new Notebook());
	await nb.init({ dataUrl: (f) => `/data/${f}`, fetcher: serve });
	await nb.open(table.id);
	await nb.applyScenario(baselineOf(table.id));
	nb.watch(Array.from({ length: 30 }, (_, i) => i));
	const before = nb.rows;
	const edit = nb.setAssumption('deflator', 0.09);
	// in the same task as the edit: the rows in view that it moves, no other
	const previewed = nb.rows.map((r, i) => i).filter((i) => nb.rows[i] !== before[i]);
	expect(previewed.length).toBeGreaterThan(0);
	expect(previewed.every((i) => i < 30)).toBe(true);
	await edit;
	const now = truth(0.09);
	for (const i of previewed) expect(nb.rows[i]).toEqual(now[i]);
});
