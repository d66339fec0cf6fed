import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseGrowthText, parseValueText } from '../../src/lib/model/cell-text';
import { expectQualitativeRowsAsSuch, expectValueCellsAsPrinted, valueCells } from './data-checks';
import type { GrowthCell, Indicator, PlanTable } from '../../src/lib/model/table';

const table = JSON.parse(
	readFileSync(new URL('../../static/data/jindong-14th.json', import.meta.url), 'utf8')
) as PlanTable;

const SEED_FILE = '001_82d66b1614de0eb7.txt';
const seedUrl = new URL(SEED_FILE, new URL('../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(seedUrl);

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function byId(id: string): Indicator {
	const found = table.indicators.find((ind) => ind.id === id);
	if (!found) throw new Error(`no indicator ${id}`);
	return found;
}

function cagr(from: number, to: number, years: number): number {
	return (to / from) ** (1 / years) - 1;
}

/** A rate as a whole percentage, the way the seed prints most growth rates. */
function wholePercent(rate: number): number {
	return Math.round(rate * 100);
}

/**
 * Cells whose stored reading differs from what the cell text alone says, each with the reason.
 * Key: `${id}.${column}`.
 */
const VALUE_EXCEPTIONS: Record<string, string> = {
	'fdi-utilized.target':
		'"[3]" prints no comparator; table note 2 says the total reaches 3 亿美元 or more, so >='
};

describe('jindong-14th: shape', () => {
	it('is a schema-1 plan table for the 2020 → 2025 plan with 2019 and 2020 columns', () => {
		expect(table.type).toBe('planTable');
		expect(table.schemaVersion).toBe(1);
		expect(table.id).toBe('jindong-14th');
		expect(table.source).toEqual({ file: SEED_FILE, lines: [752, 953] });
		expect(table.baseYear).toBe(2020);
		expect(table.targetYear).toBe(2025);
		expect(table.years).toEqual([2019, 2020]);
	});

	it('has 39 records: rows 1..38 once each in seed order, plus one sub-row with a parent', () => {
		expect(table.indicators).toHaveLength(39);
		const numbered = table.indicators.filter((ind) => /^\d+$/.test(ind.no));
		expect(numbered.map((ind) => Number(ind.no))).toEqual(
			Array.from({ length: 38 }, (_, i) => i + 1)
		);
		const subRows = table.indicators.filter((ind) => !/^\d+$/.test(ind.no));
		expect(subRows).toHaveLength(1);
		const sub = subRows[0]!;
		expect(sub.no).toBe('7.1');
		expect(sub.parent).toBe(byId('digital-economy-share').id);
		expect(byId('digital-economy-share').no).toBe('7');
		expect(numbered.every((ind) => ind.parent === undefined)).toBe(true);
	});

	it('keeps records in seed order', () => {
		const starts = table.indicators.map((ind) => ind.lines[0]);
		expect([...starts].sort((a, b) => a - b)).toEqual(starts);
	});

	it('has unique lower-kebab ids, including the ones other code relies on', () => {
		const ids = table.indicators.map((ind) => ind.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id, id).toMatch(KEBAB);
		expect(byId('gdp').no).toBe('1');
		expect(byId('talent-pool').no).toBe('5');
		expect(byId('urbanization-rate').no).toBe('3');
		expect(byId('services-trade').no).toBe('9');
	});

	it('puts every record in one of the nine areas printed, each with lower-kebab id', () => {
		expect(table.areas).toHaveLength(9);
		const areaIds = new Set(table.areas.map((a) => a.id));
		expect(areaIds.size).toBe(9);
		for (const a of table.areas) expect(a.id).toMatch(KEBAB);
		for (const ind of table.indicators) expect(areaIds.has(ind.area), ind.id).toBe(true);
	});

	it('keeps every cell line inside its row and the row inside the table', () => {
		for (const ind of table.indicators) {
			const [first, last] = ind.lines;
			expect(first).toBeLessThanOrEqual(last);
			expect(first).toBeGreaterThanOrEqual(752);
			expect(last).toBeLessThanOrEqual(953);
			for (const [col, cell] of valueCells(ind)) {
				expect(cell.line, `${ind.id}.${col}`).toBeGreaterThanOrEqual(first);
				expect(cell.line, `${ind.id}.${col}`).toBeLessThanOrEqual(last);
			}
			expect(ind.growth.line).toBeGreaterThanOrEqual(first);
			expect(ind.growth.line).toBeLessThanOrEqual(last);
			expect(Object.keys(ind.values).sort()).toEqual(['2019', '2020']);
		}
	});

	it('has the three table notes in both languages with their line', () => {
		expect(table.notes).toHaveLength(3);
		for (const note of table.notes) {
			expect(note.text.zh.length).toBeGreaterThan(0);
			expect(note.text.en.length).toBeGreaterThan(0);
			expect(note.line).toBeGreaterThanOrEqual(951);
			expect(note.line).toBeLessThanOrEqual(953);
		}
	});
});

describe('jindong-14th: cells agree with their text', () => {
	it('reads every value and target cell as parseValueText reads its raw text, bar the listed exceptions', () => {
		expectValueCellsAsPrinted(table, VALUE_EXCEPTIONS);
	});

	it('stores the FDI target as a cumulative total of at least 3 (table note 2)', () => {
		const fdi = byId('fdi-utilized');
		expect(fdi.kind).toBe('cumulative');
		expect(fdi.target).toEqual({ raw: '[3]', value: 3, comparator: '>=', line: 816 });
		expect(parseValueText(fdi.target.raw).value).toBe(3);
		expect(fdi.growth.kind).toBe('none');
	});

	it('reads every cagr and ppPerYear growth cell as parseGrowthText does', () => {
		const checked: GrowthCell[] = [];
		for (const ind of table.indicators) {
			const g = ind.growth;
			if (g.kind !== 'cagr' && g.kind !== 'ppPerYear') continue;
			const parsed = parseGrowthText(g.raw);
			expect(parsed.kind, ind.id).toBe(g.kind);
			expect(g.value, ind.id).not.toBeNull();
			expect(parsed.value, ind.id).toBeCloseTo(g.value!, 12);
			expect(g.comparator, ind.id).toBe(parsed.comparator);
			checked.push(g);
		}
		expect(checked.length).toBeGreaterThan(25);
	});

	it('reads every none growth cell as empty text or a dash', () => {
		for (const ind of table.indicators) {
			if (ind.growth.kind !== 'none') continue;
			expect(parseGrowthText(ind.growth.raw).kind, ind.id).toBe('none');
			expect(ind.growth.value, ind.id).toBeNull();
		}
	});

	it('reads the growth cells whose meaning comes from the row from the number printed', () => {
		const water = byId('water-use-per-gdp');
		expect(water.growth.kind).toBe('cumulativeDecline');
		expect(water.growth.value).toBe(parseGrowthText(water.growth.raw).value);
		expect(water.values['2020']!.value! * (1 - water.growth.value!)).toBeCloseTo(45, 0);

		const myopia = byId('youth-myopia-rate');
		expect(myopia.growth.kind).toBe('cumulativePoints');
		expect(parseGrowthText(myopia.growth.raw)).toEqual({ value: 5, kind: 'unknown' });
		expect(myopia.growth.value).toBe(-5);
		expect(myopia.values['2020']!.value! + myopia.growth.value!).toBeCloseTo(
			myopia.target.value!,
			10
		);

		const income = byId('disposable-income-growth');
		expect(income.growth.kind).toBe('targetComparator');
		const parsedIncome = parseGrowthText(income.growth.raw);
		expect(income.growth.value).toBe(parsedIncome.value);
		expect(income.growth.comparator).toBe(parsedIncome.comparator);
		expect(income.growth.value).toBe(income.target.value);
	});

	it('gives qualitative cells no value, never 0, and models their rows as qualitative', () => {
		expectQualitativeRowsAsSuch(table);
		const qualitative = table.indicators.filter((ind) => ind.kind === 'qualitative');
		expect(qualitative.map((ind) => ind.no)).toEqual(['13', '14']);
	});

	it('marks the lower-is-better indicators', () => {
		const lower = table.indicators.filter((ind) => ind.direction === 'lower').map((ind) => ind.id);
		expect(lower).toEqual([
			'water-use-per-gdp',
			'pm25',
			'urban-unemployment-rate',
			'youth-myopia-rate',
			'work-safety-death-rate'
		]);
	});
});

describe('jindong-14th: rows printing fewer values than columns', () => {
	const only2020 = (id: string, value: number) => {
		const ind = byId(id);
		expect(ind.values['2019']).toBeNull();
		expect(ind.values['2020']?.value).toBe(value);
		return ind;
	};

	it('services-trade: 1.63 → 6 over five years is 30 %, so 1.63 is 2020', () => {
		only2020('services-trade', 1.63);
		expect(wholePercent(cagr(1.63, 6, 5))).toBe(30);
		// 1.63 as 2019 at 30 % for six years overshoots 6 by far.
		expect(1.63 * 1.3 ** 6).toBeGreaterThan(7.5);
	});

	it('integrated-law-enforcement-share: 10 + 2 pp × 5 = 20, so 10 is 2020', () => {
		only2020('integrated-law-enforcement-share', 10);
		expect(10 + 2 * 5).toBe(20);
		expect(10 + 2 * 6).not.toBe(20);
	});

	it('elderly-care-workers: 15 → 25 over five years is 11 %, so 15 is 2020', () => {
		only2020('elderly-care-workers', 15);
		expect(wholePercent(cagr(15, 25, 5))).toBe(11);
		expect(wholePercent(cagr(15, 25, 6))).toBe(9);
		expect(15 * 1.11 ** 6).toBeGreaterThan(28);
	});

	it('sports-area-per-capita: both readings round to 3 %, five years fits closer, so 2.4 is 2020 (noted)', () => {
		const ind = only2020('sports-area-per-capita', 2.4);
		const five = cagr(2.4, 2.8, 5);
		const six = cagr(2.4, 2.8, 6);
		expect(wholePercent(five)).toBe(3);
		expect(wholePercent(six)).toBe(3);
		expect(Math.abs(five - 0.03)).toBeLessThan(Math.abs(six - 0.03));
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('grain-capacity: no arithmetic decides, so 2.9 follows the other short rows into 2020 (noted)', () => {
		const ind = only2020('grain-capacity', 2.9);
		expect(ind.growth.kind).toBe('none');
		expect(ind.notes?.length).toBeGreaterThan(0);
		const otherShortRows = [
			'services-trade',
			'integrated-law-enforcement-share',
			'elderly-care-workers',
			'sports-area-per-capita',
			'cross-border-ecommerce',
			'commodity-trade',
			'express-parcels'
		];
		for (const id of otherShortRows) expect(byId(id).values['2019'], id).toBeNull();
	});

	it('cross-border-ecommerce: 30 → 75 over five years is 20 %, so 30 is 2020', () => {
		only2020('cross-border-ecommerce', 30);
		expect(wholePercent(cagr(30, 75, 5))).toBe(20);
		expect(30 * 1.2 ** 6).toBeGreaterThan(85);
	});

	it('commodity-trade: 3.46 → 15 over five years is 34 %, so 3.46 is 2020', () => {
		only2020('commodity-trade', 3.46);
		expect(wholePercent(cagr(3.46, 15, 5))).toBe(34);
		expect(3.46 * 1.34 ** 6).toBeGreaterThan(19.5);
	});

	it('express-parcels: 4.95 → 12 over five years is 19.4 % (printed 20 %), six years only 15.9 %, so 4.95 is 2020', () => {
		const ind = only2020('express-parcels', 4.95);
		const five = cagr(4.95, 12, 5);
		const six = cagr(4.95, 12, 6);
		expect(five).toBeCloseTo(0.194, 3);
		expect(six).toBeCloseTo(0.159, 3);
		expect(Math.abs(five - 0.2)).toBeLessThan(Math.abs(six - 0.2));
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('online-government-services: 2019 is printed as "--", so it is a cell with no value', () => {
		const ind = byId('online-government-services');
		expect(ind.values['2019']).toEqual({ raw: '--', value: null, line: 881 });
		expect(ind.values['2020']?.value).toBe(80);
	});
});

describe('jindong-14th: notes on growth that does not reproduce from the 2020 level', () => {
	it('pm25: -2.6 % comes from 32 (2019) over five years, not from 29 (2020)', () => {
		const ind = byId('pm25');
		expect(cagr(32, 28, 5)).toBeCloseTo(-0.026, 3);
		expect(cagr(29, 28, 5)).toBeCloseTo(-0.007, 3);
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('infant-care-places: 2.3 → 3.8 is 10.6 % a year, printed 10 %', () => {
		expect(cagr(2.3, 3.8, 5)).toBeCloseTo(0.106, 3);
		expect(byId('infant-care-places').notes?.length).toBeGreaterThan(0);
	});

	it('cultural-industries: 22 → 33 is 8.45 % a year, printed 8.5 %', () => {
		expect(cagr(22, 33, 5)).toBeCloseTo(0.0845, 4);
		expect(byId('cultural-industries').notes?.length).toBeGreaterThan(0);
	});

	it('gdp: 258 → 500 current-price is about 14.1 % a year nominal against > 8.5 % real', () => {
		expect(cagr(258, 500, 5)).toBeCloseTo(0.141, 2);
		expect(byId('gdp').notes?.length).toBeGreaterThan(0);
	});
});

describe('jindong-14th: source', () => {
	const title = haveSeeds
		? 'every non-empty raw text is an exact substring of its recorded seed line'
		: 'source check skipped: the seeds are missing (../shared/seeds)';

	it.skipIf(!haveSeeds)(title, () => {
		const lines = readFileSync(seedUrl, 'utf8').split('\n');
		const at = (n: number) => lines[n - 1] ?? '';
		expect(at(752)).toContain(table.titleRaw);
		for (const ind of table.indicators) {
			const cells: [string, { raw: string; line: number }][] = [
				...valueCells(ind),
				['growth', ind.growth]
			];
			for (const [col, cell] of cells) {
				if (cell.raw === '') continue;
				expect(at(cell.line), `${ind.id}.${col} "${cell.raw}"`).toContain(cell.raw);
			}
			// Names and units may be split over lines: the row's lines joined must contain them.
			const joined = lines.slice(ind.lines[0] - 1, ind.lines[1]).join('');
			expect(joined, `${ind.id} name`).toContain(ind.name.zh);
			expect(joined, `${ind.id} unit`).toContain(ind.unit);
		}
		for (const area of table.areas) {
			expect(at(area.line), area.id).toContain(area.name.zh.slice(0, 2));
		}
	});
});
