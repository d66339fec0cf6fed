/**
 * The model must reproduce the plan's own growth column from its levels. One
 * case per row that prints both levels and a growth figure, generated from the
 * data set; rows where the printed figure cannot come from 2020→2025 levels
 * are listed with the reason, and that reason is itself checked.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { valueIn } from '../../src/lib/model/indicator';
import type { Indicator } from '../../src/lib/model/table';
import { loadTable } from './load-table';

const table = loadTable('jindong-14th.json');
const model = createModel(table);
afterAll(() => model.destroy());

/** Half a unit of the last printed digit: "6.4%" → 0.0005, "1.7个百分点" → 0.05. */
function printedTolerance(raw: string, scale: number): number {
	const m = /(\d+)(?:\.(\d+))?/.exec(raw);
	const decimals = m?.[2]?.length ?? 0;
	return (0.5 * 10 ** -decimals) / scale;
}

const EXCEPTIONS: Record<string, { reason: string; check: (ind: Indicator) => void }> = {
	gdp: {
		reason: 'growth is at constant prices, levels at current prices (table note 1)',
		check: () => {
			const nominal = (500 / 258) ** (1 / 5) - 1;
			expect(nominal).toBeGreaterThan(0.14);
			expect(nominal).toBeLessThan(0.142);
		}
	},
	pm25: {
		reason: 'the printed −2.6 % runs from the 2019 level (32) over five years',
		check: () => expect((28 / 32) ** (1 / 5) - 1).toBeCloseTo(-0.026, 3)
	},
	'infant-care-places': {
		reason: '2.3 → 3.8 is 10.6 % a year; the plan prints 10 %',
		check: () => expect((3.8 / 2.3) ** (1 / 5) - 1).toBeCloseTo(0.106, 3)
	},
	'express-parcels': {
		reason: '4.95 → 12 is 19.4 % a year; the plan prints 20 %',
		check: () => expect((12 / 4.95) ** (1 / 5) - 1).toBeCloseTo(0.194, 3)
	},
	'cultural-industries': {
		reason: '22 → 33 is 8.45 % a year (rounds to 8.4 %); the plan prints 8.5 %',
		check: () => expect((33 / 22) ** (1 / 5) - 1).toBeCloseTo(0.0845, 4)
	}
};

const rows = table.indicators.filter(
	(ind) =>
		['cagr', 'ppPerYear', 'cumulativeDecline', 'cumulativePoints'].includes(ind.growth.kind) &&
		valueIn(ind, table.baseYear) !== null &&
		ind.target.value !== null
);

describe('stated growth reproduced from the levels', () => {
	it('covers every row that prints levels and a growth figure', () => {
		expect(rows.length).toBe(30);
	});

	it.each(rows.map((ind) => [ind.no, ind.id, ind.growth.raw, ind] as const))(
		'row %s %s: %s',
		(_no, id, raw, ind) => {
			const exception = EXCEPTIONS[id];
			if (exception) {
				exception.check(ind);
				return;
			}
			const base = valueIn(ind, table.baseYear)!;
			const target = ind.target.value!;
			const stated = ind.growth.value!;
			let computed: number;
			let tolerance: number;
			switch (ind.growth.kind) {
				case 'cagr':
					computed = model.derived(id).requiredGrowth!;
					tolerance = printedTolerance(raw, 100);
					break;
				case 'ppPerYear':
					computed = model.derived(id).requiredGrowth!;
					tolerance = printedTolerance(raw, 1);
					break;
				case 'cumulativeDecline':
					computed = 1 - target / base;
					tolerance = printedTolerance(raw, 100);
					break;
				default:
					computed = target - base;
					tolerance = printedTolerance(raw, 1);
			}
			const c = ind.growth.comparator;
			if (c === '>' || c === '>=') expect(computed).toBeGreaterThanOrEqual(stated - tolerance);
			else expect(Math.abs(computed - stated)).toBeLessThanOrEqual(tolerance + 1e-12);
		}
	);

	it('lists only exceptions that exist in the data', () => {
		for (const id of Object.keys(EXCEPTIONS)) expect(rows.some((r) => r.id === id)).toBe(true);
	});
});
