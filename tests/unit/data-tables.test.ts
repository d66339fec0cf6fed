/** Rules every curated data file keeps, whatever table it holds. */
import { describe, expect, it } from 'vitest';
import { catalog, planTables, proseSets, unknownFiles } from '../data-files';

describe('the data set', () => {
	it('holds only plan tables, prose-figure sets and the index, all valid', () => {
		expect(unknownFiles()).toEqual([]);
		expect(planTables().length).toBeGreaterThan(0);
		proseSets();
	});

	it('lists every table and prose file in index.json, with the titles and years they carry', () => {
		const index = catalog();
		expect(index.tables.map((t) => t.id).sort()).toEqual(
			planTables()
				.map(({ table }) => table.id)
				.sort()
		);
		expect([...index.prose].sort()).toEqual(
			proseSets()
				.map(({ set }) => set.id)
				.sort()
		);
		for (const entry of index.tables) {
			const { table } = planTables().find(({ table }) => table.id === entry.id)!;
			expect(entry.title).toEqual(table.title);
			expect(entry.plan).toEqual(table.plan);
			expect(entry.region).toEqual(table.region);
			expect([entry.baseYear, entry.targetYear]).toEqual([table.baseYear, table.targetYear]);
		}
	});

	for (const { file, table } of planTables()) {
		describe(file, () => {
			it('is named after its id', () => expect(file).toBe(`${table.id}.json`));

			it('keeps records in seed order, each cell inside its row and the table', () => {
				const [from, to] = table.source.lines;
				let last = 0;
				for (const ind of table.indicators) {
					expect(ind.lines[0], ind.id).toBeGreaterThanOrEqual(last);
					last = ind.lines[0];
					expect(ind.lines[0], ind.id).toBeGreaterThanOrEqual(from);
					expect(ind.lines[1], ind.id).toBeLessThanOrEqual(to);
					const cells = [...Object.values(ind.values), ind.target, ind.growth, ind.achievedRate];
					for (const c of cells) {
						if (!c || c.raw === '') continue;
						expect(c.line, `${ind.id} "${c.raw}"`).toBeGreaterThanOrEqual(ind.lines[0]);
						expect(c.line, `${ind.id} "${c.raw}"`).toBeLessThanOrEqual(ind.lines[1]);
					}
				}
			});

			it('never turns a qualitative cell into a number', () => {
				for (const ind of table.indicators) {
					for (const c of [...Object.values(ind.values), ind.target])
						if (c?.qualitative) expect(c.value, ind.id).toBeNull();
					if (ind.kind === 'qualitative') expect(ind.target.value, ind.id).toBeNull();
					else expect(ind.target.qualitative ?? false, ind.id).toBe(false);
				}
			});

			it('gives every year column of every record a key, null where the seed prints nothing', () => {
				for (const ind of table.indicators)
					expect(Object.keys(ind.values).map(Number).sort(), ind.id).toEqual(
						[...table.years].sort()
					);
			});

			it('points sub-rows at a parent that exists', () => {
				const ids = new Set(table.indicators.map((i) => i.id));
				for (const ind of table.indicators)
					if (ind.parent) expect(ids.has(ind.parent), ind.id).toBe(true);
			});
		});
	}

	for (const { file, set } of proseSets()) {
		it(`${file}: links only to indicators that exist`, () => {
			const tables = new Map(planTables().map(({ table }) => [table.id, table]));
			for (const f of set.figures) {
				if (!f.indicator) continue;
				const t = tables.get(f.indicator.table);
				expect(t, `${f.id} → ${f.indicator.table}`).toBeDefined();
				expect(
					t!.indicators.some((i) => i.id === f.indicator!.id),
					`${f.id} → ${f.indicator.table}/${f.indicator.id}`
				).toBe(true);
			}
		});
	}
});
