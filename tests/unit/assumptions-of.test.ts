import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { ASSUMPTION_NAMES, assumptionsOf } from '../../src/lib/model/assumption';
import type { PlanTable } from '../../src/lib/model/table';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { planTables } from '../data-files';

/** What the page shows once the engine has answered: the deflator where the plan implies one, 左右 where used. */
function shownOnceComputed(table: PlanTable): string[] {
	const m = createModel(table);
	try {
		const about = table.indicators.some(
			(i) => i.target.comparator === '≈' || i.growth.comparator === '≈'
		);
		return m
			.assumptions()
			.filter((a) => (a.key === 'deflator' ? typeof a.implied === 'number' : about))
			.map((a) => a.key);
	} finally {
		m.destroy();
	}
}

describe('the assumptions a table has, known before the engine builds it', () => {
	const tables = [
		...planTables().map(({ file, table }) => ({ name: file, table })),
		...[3, 7, 11].map((seed) => ({
			name: `synthetic, seed ${seed}`,
			table: syntheticTable({ indicators: 300, seed })
		}))
	];
	for (const { name, table } of tables)
		it(`${name}: are the ones shown once it has`, () => {
			expect(assumptionsOf(table)).toEqual(shownOnceComputed(table));
		});

	it('a table with no real-growth row implies no deflator, and one with no 左右 has no tolerance', () => {
		const table = syntheticTable({ indicators: 50, seed: 7 });
		const plain: PlanTable = {
			...table,
			indicators: table.indicators
				.filter((i) => !i.priceBasis)
				.map((i) => ({
					...i,
					target: { ...i.target, comparator: undefined },
					growth: { ...i.growth, comparator: undefined }
				}))
		};
		expect(assumptionsOf(table).length).toBeGreaterThan(0);
		expect(assumptionsOf(plain)).toEqual([]);
		expect(shownOnceComputed(plain)).toEqual([]);
	});

	it('go by the names the engine gives them', () => {
		const m = createModel(syntheticTable({ indicators: 20, seed: 7 }));
		try {
			for (const a of m.assumptions()) expect(a.name).toBe(ASSUMPTION_NAMES[a.key]);
		} finally {
			m.destroy();
		}
	});
});
