import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedFiles, publishedSnapshot } from '../../src/lib/engine/computed';
import { HEAD_ROWS } from '../../src/lib/model/head';
import { parseHead } from '../../src/lib/tables/load';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { fnv1a, scenarioFingerprint } from '../../src/lib/model/fingerprint';
import { snapshotContent } from '../../src/lib/model/snapshot';
import { planTables } from '../data-files';

const DIR = new URL('../../static/data/', import.meta.url);
/** `npm run data:computed` sets this to write the files instead of checking them. */
const UPDATE = process.env.UPDATE_COMPUTED === '1';

describe('the published plan’s computed rows shipped with the data set', () => {
	for (const { file, table } of planTables())
		it(`${file}: computed/${file} is what the engine computes from it`, () => {
			const text = readFileSync(new URL(file, DIR), 'utf8');
			const expected = publishedSnapshot(table, text);
			const target = new URL(`computed/${file}`, DIR);
			if (UPDATE) writeFileSync(target, JSON.stringify(expected));
			expect(existsSync(target), `missing: run npm run data:computed`).toBe(true);
			const shipped: unknown = JSON.parse(readFileSync(target, 'utf8'));
			expect(shipped, 'stale: run npm run data:computed').toEqual(expected);
			// and the app accepts it for this very file and the published plan only
			const want = {
				table: table.id,
				tableHash: fnv1a(text),
				scenarioHash: scenarioFingerprint([], {}),
				ids: table.indicators.map((i) => i.id)
			};
			const content = snapshotContent(shipped, want);
			expect(content?.rows).toHaveLength(table.indicators.length);
			expect(content?.assumptions?.map((a) => a.key)).toEqual(['deflator', 'aboutTolerance']);
			expect(snapshotContent(shipped, { ...want, tableHash: fnv1a(`${text} `) })).toBeNull();
		});
});

describe('a table’s head: its first rows, shipped apart', () => {
	for (const { file, table } of planTables())
		it(`${file}: computed/${table.id}.head.json is the head of what the engine computes`, () => {
			const text = readFileSync(new URL(file, DIR), 'utf8');
			const { head } = publishedFiles(table, text);
			const target = new URL(`computed/${table.id}.head.json`, DIR);
			if (UPDATE) writeFileSync(target, JSON.stringify(head));
			expect(existsSync(target), `missing: run npm run data:computed`).toBe(true);
			const shipped: unknown = JSON.parse(readFileSync(target, 'utf8'));
			expect(shipped, 'stale: run npm run data:computed').toEqual(head);
			const parsed = parseHead(shipped, table.id);
			expect(parsed.ok && parsed.value.content.rows.length).toBe(
				Math.min(HEAD_ROWS, table.indicators.length)
			);
		});

	it('a large table’s head holds its first rows as the whole table computes them, and the whole table’s counts', () => {
		const table = syntheticTable({ indicators: 500, seed: 3 });
		const { snapshot, head } = publishedFiles(table, JSON.stringify(table));
		const parsed = parseHead(JSON.parse(JSON.stringify(head)), table.id);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const { head: h, content } = parsed.value;
		expect(h.indicators).toBe(500);
		expect(content.rows).toHaveLength(HEAD_ROWS);
		expect(h.table.indicators.map((i) => i.id)).toEqual(
			table.indicators.slice(0, HEAD_ROWS).map((i) => i.id)
		);
		expect(content.rows).toEqual(snapshot.rows.slice(0, HEAD_ROWS));
		const total = Object.values(h.counts).reduce(
			(n, c) => n + Object.values(c).reduce((a, b) => a + b, 0),
			0
		);
		expect(total).toBe(500);
		// another table's head, or rows that are not the head table's, are refused
		expect(parseHead(JSON.parse(JSON.stringify(head)), 'other-table').ok).toBe(false);
		const reversed = {
			...head,
			snapshot: { ...head.snapshot, rows: [...head.snapshot.rows].reverse() }
		};
		expect(parseHead(JSON.parse(JSON.stringify(reversed)), table.id).ok).toBe(false);
	});
});
