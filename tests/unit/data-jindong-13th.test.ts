import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseGrowthText } from '../../src/lib/model/cell-text';
import { expectValueCellsAsPrinted, valueCells } from './data-checks';
import type { GrowthCell, Indicator, PlanTable, ValueCell } from '../../src/lib/model/table';

const table = JSON.parse(
	readFileSync(new URL('../../static/data/jindong-13th.json', import.meta.url), 'utf8')
) as PlanTable;

const next = JSON.parse(
	readFileSync(new URL('../../static/data/jindong-14th.json', import.meta.url), 'utf8')
) as PlanTable;

const SEED_FILE = '001_82d66b1614de0eb7.txt';
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function byId(id: string, t: PlanTable = table): Indicator {
	const found = t.indicators.find((ind) => ind.id === id);
	if (!found) throw new Error(`no indicator ${id} in ${t.id}`);
	return found;
}

/** Growth and achieved-rate cells of a record, labelled for messages. */
function rateCells(ind: Indicator): [string, GrowthCell][] {
	const cells: [string, GrowthCell][] = [['growth', ind.growth]];
	if (ind.achievedRate) cells.push(['achievedRate', ind.achievedRate]);
	return cells;
}

function num(cell: ValueCell | null | undefined): number {
	if (cell?.value === null || cell?.value === undefined) throw new Error('no value');
	return cell.value;
}

function cagr(from: number, to: number, years: number): number {
	return (to / from) ** (1 / years) - 1;
}

/** A rate in percent, rounded to one decimal as the seed prints achieved rates. */
function percent1(rate: number): number {
	return Math.round(rate * 1000) / 10;
}

const base = (id: string) => num(byId(id).values['2015']);
const y2020 = (id: string) => num(byId(id).values['2020']);

/**
 * Cells whose stored reading differs from what the cell text alone says, each with the reason.
 * Key: `${id}.${column}`.
 */
const VALUE_EXCEPTIONS: Record<string, string> = {
	'four-major-industries-output.2019':
		'"2018年后，不再列入统计" is a statement, not a figure: qualitative, though the text holds a year'
};

const RATE_EXCEPTIONS: Record<string, string> = {
	'forest-coverage.achievedRate': '"基数调整" (base revised) prints no rate: kind none'
};

/** Printed rates that do not reproduce from the printed levels; each has its own test below. */
const NON_REPRODUCING = [
	'gdp.achievedRate',
	'gdp-per-capita.achievedRate',
	'fiscal-revenue.achievedRate',
	'general-budget-revenue.growth',
	'general-budget-revenue.achievedRate',
	'fixed-asset-investment.achievedRate',
	'cultivated-land.achievedRate',
	'forest-stock.growth',
	'urban-disposable-income.achievedRate',
	'rural-disposable-income.achievedRate'
];

describe('jindong-13th: shape', () => {
	it('is a schema-1 completion table for the 2015 → 2020 plan with 2015, 2019 and 2020 columns', () => {
		expect(table.type).toBe('planTable');
		expect(table.schemaVersion).toBe(1);
		expect(table.id).toBe('jindong-13th');
		expect(table.titleRaw).toBe('金东区“十三五”规划主要指标完成情况');
		expect(table.source).toEqual({ file: SEED_FILE, lines: [233, 394] });
		expect(table.baseYear).toBe(2015);
		expect(table.targetYear).toBe(2020);
		expect(table.years).toEqual([2015, 2019, 2020]);
		expect(table.plan).toEqual({ zh: '“十三五”规划', en: '13th Five-Year Plan' });
		expect(table.region).toEqual({ zh: '金华市金东区', en: 'Jindong District, Jinhua' });
	});

	it('has 40 records: rows 1..37 once each, plus sub-rows 3.1, 10.1 and 26.1 under their parents', () => {
		expect(table.indicators).toHaveLength(40);
		const numbered = table.indicators.filter((ind) => /^\d+$/.test(ind.no));
		expect(numbered.map((ind) => Number(ind.no))).toEqual(
			Array.from({ length: 37 }, (_, i) => i + 1)
		);
		expect(numbered.every((ind) => ind.parent === undefined)).toBe(true);
		const subRows = table.indicators.filter((ind) => !/^\d+$/.test(ind.no));
		expect(subRows.map((ind) => [ind.no, ind.id, ind.parent])).toEqual([
			['3.1', 'general-budget-revenue', 'fiscal-revenue'],
			['10.1', 'invention-patents-per-10k', 'invention-patents-granted'],
			['26.1', 'exports', 'goods-trade']
		]);
		for (const sub of subRows) {
			const parent = byId(sub.parent!);
			expect(parent.no).toBe(sub.no.split('.')[0]);
			expect(sub.area).toBe(parent.area);
			expect(sub.notes?.length, sub.id).toBeGreaterThan(0);
		}
		expect(byId('general-budget-revenue').name.zh.startsWith('其中：')).toBe(true);
		expect(byId('exports').name.zh.startsWith('其中')).toBe(true);
	});

	it('has unique lower-kebab ids, sharing the 14th-FYP ids where the indicator is the same', () => {
		const ids = table.indicators.map((ind) => ind.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id, id).toMatch(KEBAB);
		const shared = ids.filter((id) => next.indicators.some((ind) => ind.id === id));
		expect(shared).toEqual([
			'gdp',
			'rd-intensity',
			'labour-productivity',
			'urbanization-rate',
			'water-use-per-gdp',
			'carbon-intensity-cut',
			'good-air-days',
			'pm25',
			'surface-water-class-iii',
			'forest-coverage',
			'goods-trade',
			'fdi-utilized',
			'doctors-per-1000',
			'life-expectancy',
			'work-safety-death-rate'
		]);
	});

	it('prints the same 2019 and 2020 figures as the 14th-FYP table for shared ids, bar GDP 2020 (noted)', () => {
		const shared = table.indicators.filter((ind) => next.indicators.some((n) => n.id === ind.id));
		for (const ind of shared) {
			for (const year of ['2019', '2020']) {
				const here = ind.values[year]?.value ?? null;
				const there = byId(ind.id, next).values[year]?.value ?? null;
				if (ind.id === 'gdp' && year === '2020') {
					expect([here, there]).toEqual([259.3, 258]);
					continue;
				}
				if (here === null || there === null) {
					expect(here, `${ind.id}.${year}`).toBe(there);
					continue;
				}
				// goods-trade 2019: 132.4 here, 132.38 there.
				expect(Math.abs(here - there), `${ind.id}.${year}`).toBeLessThan(0.05);
			}
		}
		expect(byId('gdp').notes?.some((n) => n.zh.includes('258'))).toBe(true);
	});

	it('puts every record in one of the six 类别 printed, each with lower-kebab id and its line', () => {
		expect(table.areas.map((a) => [a.id, a.name.zh, a.line])).toEqual([
			['economy', '经济发展', 241],
			['innovation', '创新发展', 262],
			['coordination', '协调发展', 287],
			['green', '绿色发展', 292],
			['opening-up', '开放发展', 349],
			['sharing', '共享发展', 366]
		]);
		for (const a of table.areas) {
			expect(a.id).toMatch(KEBAB);
			expect(a.name.en.length).toBeGreaterThan(0);
		}
		const areaIds = new Set(table.areas.map((a) => a.id));
		for (const ind of table.indicators) expect(areaIds.has(ind.area), ind.id).toBe(true);
		const firstInArea = table.areas.map(
			(a) => table.indicators.find((ind) => ind.area === a.id)!.no
		);
		expect(firstInArea).toEqual(['1', '8', '13', '14', '26', '29']);
	});

	it('has no attribute column, and gives every record a name in both languages and a unit', () => {
		for (const ind of table.indicators) {
			expect(ind.attribute, ind.id).toBeUndefined();
			expect(ind.name.zh.length, ind.id).toBeGreaterThan(0);
			expect(ind.name.en.length, ind.id).toBeGreaterThan(0);
			expect(ind.unit.length, ind.id).toBeGreaterThan(0);
			if (ind.name.zh.includes('（')) expect(ind.name.zh, ind.id).toContain(`（${ind.unit}）`);
		}
	});

	it('has the three table notes in both languages with their line', () => {
		expect(table.notes.map((n) => n.line)).toEqual([392, 392, 394]);
		for (const note of table.notes) {
			expect(note.text.zh.length).toBeGreaterThan(0);
			expect(note.text.en.length).toBeGreaterThan(0);
		}
	});

	it('marks the price basis of GDP rows (table note 1) and the population of per-capita rows', () => {
		const priced = table.indicators.filter((ind) => ind.priceBasis).map((ind) => ind.id);
		expect(priced).toEqual(['gdp', 'gdp-per-capita']);
		for (const id of priced)
			expect(byId(id).priceBasis).toEqual({ levels: 'current', growth: 'constant' });
		const populations = table.indicators
			.filter((ind) => ind.population)
			.map((ind) => [ind.id, ind.population]);
		expect(populations).toEqual([
			['gdp-per-capita', 'registered'],
			['urban-disposable-income', 'resident'],
			['rural-disposable-income', 'resident']
		]);
		expect(byId('gdp-per-capita').name.zh).toContain('户籍人口');
		expect(byId('urban-disposable-income').name.zh).toContain('常住');
		expect(byId('rural-disposable-income').name.zh).toContain('常住');
	});
});

describe('jindong-13th: cells agree with their text', () => {
	it('reads every value and target cell as parseValueText reads its raw text, bar the listed exceptions', () => {
		expectValueCellsAsPrinted(table, VALUE_EXCEPTIONS);
	});

	it('reads the comparators printed on targets and growth rates', () => {
		const cmp = table.indicators
			.flatMap((ind) =>
				[...valueCells(ind), ...rateCells(ind)].map(
					([col, c]) => [`${ind.id}.${col}`, c.comparator] as const
				)
			)
			.filter(([, c]) => c !== undefined);
		expect(cmp).toEqual([
			['fiscal-revenue.target', '>='],
			['fiscal-revenue.growth', '>='],
			['general-budget-revenue.target', '>='],
			['general-budget-revenue.growth', '>='],
			['four-major-industries-output.target', '>='],
			['four-major-industries-output.growth', '>='],
			['good-air-days.target', '>']
		]);
	});

	it('reads every cagr growth and achieved-rate cell as parseGrowthText does', () => {
		let checked = 0;
		for (const ind of table.indicators) {
			for (const [col, g] of rateCells(ind)) {
				if (g.kind !== 'cagr' && g.kind !== 'ppPerYear') continue;
				const key = `${ind.id}.${col}`;
				const parsed = parseGrowthText(g.raw);
				expect(parsed.kind, key).toBe(g.kind);
				expect(g.value, key).not.toBeNull();
				expect(parsed.value, key).toBeCloseTo(g.value!, 12);
				expect(g.comparator, key).toBe(parsed.comparator);
				checked++;
			}
		}
		expect(checked).toBe(22);
	});

	it('reads every bracketed five-year figure as the number inside the brackets', () => {
		let checked = 0;
		for (const ind of table.indicators) {
			for (const [col, g] of rateCells(ind)) {
				if (g.kind !== 'cumulativePoints' && g.kind !== 'cumulativeSum') continue;
				const key = `${ind.id}.${col}`;
				expect(g.raw, key).toMatch(/^\[-?\d+(\.\d+)?\]$/);
				expect(parseGrowthText(g.raw), key).toEqual({ value: g.value, kind: 'unknown' });
				checked++;
			}
		}
		expect(checked).toBe(34);
	});

	it('reads every none rate cell as empty text or a dash, bar the listed exceptions', () => {
		const used = new Set<string>();
		for (const ind of table.indicators) {
			for (const [col, g] of rateCells(ind)) {
				if (g.kind !== 'none') continue;
				const key = `${ind.id}.${col}`;
				expect(g.value, key).toBeNull();
				if (key in RATE_EXCEPTIONS) {
					used.add(key);
					continue;
				}
				expect(parseGrowthText(g.raw).kind, key).toBe('none');
			}
		}
		expect([...used].sort()).toEqual(Object.keys(RATE_EXCEPTIONS).sort());
	});

	it('stores five-year totals in the target column as cumulative rows, their flows growing at the stated rate', () => {
		const cumulative = table.indicators.filter((ind) => ind.kind === 'cumulative');
		expect(cumulative.map((ind) => [ind.id, ind.target.raw])).toEqual([
			['fixed-asset-investment', '[1000]'],
			['fdi-utilized', '[2.5]'],
			['affordable-housing-units', '[10000]'],
			['new-urban-jobs', '[1.5]']
		]);
		const fai = byId('fixed-asset-investment');
		expect(fai.growth).toMatchObject({ raw: '15%', value: 0.15, kind: 'cagr' });
		// 138.9 growing 15 % a year sums to about 1077 over 2016–2020, in line with [1000].
		let sum = 0;
		for (let k = 1; k <= 5; k++) sum += base('fixed-asset-investment') * 1.15 ** k;
		expect(sum).toBeCloseTo(1077, 0);
		// Jobs: five times the 2015 flow.
		expect(base('new-urban-jobs') * 5).toBeCloseTo(num(byId('new-urban-jobs').target), 10);
	});

	it('reads the patent row: 78 is the 2020 level, [280] and [501] are five-year totals (noted)', () => {
		const p = byId('invention-patents-granted');
		expect(p.kind).toBe('cagr');
		expect(p.target.value).toBe(78);
		expect(p.growth).toMatchObject({ value: 280, kind: 'cumulativeSum' });
		expect(p.achievedRate).toMatchObject({ value: 501, kind: 'cumulativeSum' });
		// The planned total averages 56 a year, below the 2015 flow of 71.
		expect(280 / 5).toBeLessThan(base('invention-patents-granted'));
		// Less 2019 and 2020, the actual total leaves 276 for 2016–2018.
		expect(501 - 78 - 147).toBe(276);
		expect(p.notes?.length).toBeGreaterThan(0);
	});

	it('reads actual five-year totals in the achieved column of the cumulative flows', () => {
		const fdi = byId('fdi-utilized');
		expect(fdi.achievedRate).toMatchObject({ value: 2.41, kind: 'cumulativeSum' });
		expect(2.41 - 0.12 - 0.16).toBeCloseTo(2.13, 10);
		const jobs = byId('new-urban-jobs');
		expect(jobs.achievedRate).toMatchObject({ value: 5, kind: 'cumulativeSum' });
		expect(5 - 1.3 - 2.8).toBeCloseTo(0.9, 10);
	});

	it('keeps the housing row’s bracketed running totals as printed (noted)', () => {
		const h = byId('affordable-housing-units');
		expect(h.values['2015']).toEqual({ raw: '-', value: null, line: 376 });
		expect(h.values['2019']).toEqual({ raw: '[7071]', value: 7071, line: 376 });
		expect(h.values['2020']).toEqual({ raw: '[10055]', value: 10055, line: 376 });
		expect(num(h.values['2020'])).toBeGreaterThan(num(h.target));
		expect(h.notes?.length).toBeGreaterThan(0);
	});

	it('gives qualitative cells no value, never 0, and models rows with a text target as qualitative', () => {
		const qualitativeCells: string[] = [];
		for (const ind of table.indicators) {
			for (const [col, cell] of valueCells(ind)) {
				if (!cell.qualitative) continue;
				expect(cell.value, `${ind.id}.${col}`).toBeNull();
				qualitativeCells.push(`${ind.id}.${col}`);
			}
			if (ind.kind === 'qualitative') {
				expect(ind.target.qualitative, ind.id).toBe(true);
				expect(ind.target.value, ind.id).toBeNull();
				expect(ind.growth.value, ind.id).toBeNull();
				expect(ind.growth.kind, ind.id).toBe('none');
				expect(ind.achievedRate, ind.id).toBeUndefined();
				expect(ind.values['2020'], ind.id).toBeNull();
				expect(ind.notes?.length, ind.id).toBeGreaterThan(0);
			} else {
				expect(ind.target.qualitative ?? false, ind.id).toBe(false);
			}
		}
		const qualitative = table.indicators.filter((ind) => ind.kind === 'qualitative');
		expect(qualitative.map((ind) => ind.no)).toEqual(['15', '16', '18', '19', '20', '28']);
		expect(qualitativeCells).toEqual([
			'four-major-industries-output.2019',
			'energy-intensity.target',
			'non-fossil-energy-share.target',
			'land-use-per-gdp.target',
			'carbon-intensity-cut.target',
			'major-pollutant-emissions.2015',
			'major-pollutant-emissions.target',
			'zhejiang-merchants-return-investment.2019',
			'zhejiang-merchants-return-investment.target'
		]);
	});

	it('keeps only the first line of a text split over lines, and says so in a note', () => {
		const pollutants = byId('major-pollutant-emissions');
		expect(pollutants.values['2015']).toEqual({
			raw: '完成年',
			value: null,
			qualitative: true,
			line: 313
		});
		expect(pollutants.target).toEqual({
			raw: '完成上级下达目标',
			value: null,
			qualitative: true,
			line: 318
		});
		expect(pollutants.notes?.some((n) => n.zh.includes('完成年度考核目标'))).toBe(true);
		const zs = byId('zhejiang-merchants-return-investment');
		expect(zs.target).toEqual({ raw: '完成上级', value: null, qualitative: true, line: 361 });
		expect(zs.notes?.some((n) => n.zh.includes('完成上级下达目标'))).toBe(true);
	});

	it('marks the lower-is-better indicators', () => {
		const lower = table.indicators.filter((ind) => ind.direction === 'lower').map((ind) => ind.id);
		expect(lower).toEqual([
			'energy-intensity',
			'water-use-per-gdp',
			'land-use-per-gdp',
			'major-pollutant-emissions',
			'pm25',
			'work-safety-death-rate'
		]);
		// A reduction in % is better when larger, as in the 14th-FYP table.
		expect(byId('carbon-intensity-cut').direction).toBe('higher');
		expect(byId('carbon-intensity-cut', next).direction).toBe('higher');
	});

	it('models a row with a cumulative change in the growth column as a linear (pp) trajectory', () => {
		for (const ind of table.indicators) {
			if (ind.growth.kind === 'cumulativePoints') expect(ind.kind, ind.id).toBe('pp');
			if (ind.kind === 'pp')
				expect(['cumulativePoints', 'none'], ind.id).toContain(ind.growth.kind);
		}
	});
});

describe('jindong-13th: printed rates that reproduce from the levels', () => {
	it('every cagr growth leads from 2015 to the target within half a point, bar 3.1', () => {
		let checked = 0;
		for (const ind of table.indicators) {
			if (ind.kind !== 'cagr' || ind.growth.kind !== 'cagr') continue;
			if (NON_REPRODUCING.includes(`${ind.id}.growth`)) continue;
			const needed = cagr(base(ind.id), num(ind.target), 5);
			expect(Math.abs(needed - ind.growth.value!), ind.id).toBeLessThan(0.005);
			checked++;
		}
		expect(checked).toBe(10);
	});

	it('every cagr achieved rate equals 2015 → 2020 to one decimal, bar the listed rows', () => {
		let checked = 0;
		for (const ind of table.indicators) {
			const a = ind.achievedRate;
			if (!a || a.kind !== 'cagr' || NON_REPRODUCING.includes(`${ind.id}.achievedRate`)) continue;
			expect(percent1(cagr(base(ind.id), y2020(ind.id), 5)), ind.id).toBe(percent1(a.value!));
			checked++;
		}
		expect(checked).toBe(3);
	});

	it('every bracketed change equals target − 2015 or 2020 − 2015, bar the listed rows', () => {
		let checked = 0;
		for (const ind of table.indicators) {
			for (const [col, g] of rateCells(ind)) {
				if (g.kind !== 'cumulativePoints' || NON_REPRODUCING.includes(`${ind.id}.${col}`)) continue;
				const to = col === 'growth' ? num(ind.target) : y2020(ind.id);
				expect(to - base(ind.id), `${ind.id}.${col}`).toBeCloseTo(g.value!, 6);
				checked++;
			}
		}
		expect(checked).toBe(28);
	});

	it('lists each non-reproducing rate once, each record with a note', () => {
		expect(new Set(NON_REPRODUCING).size).toBe(NON_REPRODUCING.length);
		for (const key of NON_REPRODUCING) {
			const ind = byId(key.split('.')[0]!);
			expect(ind.notes?.length, key).toBeGreaterThan(0);
		}
	});
});

describe('jindong-13th: rows printing fewer values than columns', () => {
	it('four-major-industries-output: 370 → ≧760 is 15.5 % a year, so 370 is 2015; the completion columns hold a statement', () => {
		const ind = byId('four-major-industries-output');
		expect(num(ind.values['2015'])).toBe(370);
		expect(num(ind.target)).toBe(760);
		expect(cagr(370, 760, 5)).toBeCloseTo(0.155, 3);
		expect(cagr(370, 760, 5)).toBeGreaterThanOrEqual(ind.growth.value!);
		expect(ind.values['2019']).toEqual({
			raw: '2018年后，不再列入统计',
			value: null,
			qualitative: true,
			line: 256
		});
		expect(ind.values['2020']).toBeNull();
		expect(ind.achievedRate).toBeUndefined();
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('energy-intensity: the one number, 0.47, precedes the target text, so it is 2015', () => {
		const ind = byId('energy-intensity');
		expect(ind.values['2015']).toEqual({ raw: '0.47', value: 0.47, line: 298 });
		expect(ind.values['2019']).toBeNull();
		expect(ind.values['2020']).toBeNull();
		expect(ind.target.raw).toBe('完成上级下达目标');
		expect(ind.notes?.length).toBeGreaterThan(1);
	});

	it('zhejiang-merchants-return-investment: 45 precedes the target text, so it is 2015; 已取消考核 fills the completion columns', () => {
		const ind = byId('zhejiang-merchants-return-investment');
		expect(ind.values['2015']).toEqual({ raw: '45', value: 45, line: 360 });
		expect(ind.values['2019']).toEqual({
			raw: '已取消考核',
			value: null,
			qualitative: true,
			line: 364
		});
		expect(ind.values['2020']).toBeNull();
		expect(ind.growth).toEqual({ raw: '—', value: null, kind: 'none', line: 364 });
		expect(ind.notes?.length).toBeGreaterThan(1);
	});

	it('the qualitative rows 16, 18 and 19 print a dash for 2015 and nothing for 2019 and 2020', () => {
		for (const id of ['non-fossil-energy-share', 'land-use-per-gdp', 'carbon-intensity-cut']) {
			const ind = byId(id);
			expect(ind.values['2015'], id).toMatchObject({ raw: '—', value: null });
			expect(ind.values['2019'], id).toBeNull();
			expect(ind.values['2020'], id).toBeNull();
		}
	});
});

describe('jindong-13th: notes on rates that do not reproduce from the levels', () => {
	it('gdp: 157.9 → 259.3 is 10.4 % a year nominal against 6.3 % real; 230 ≈ 157.9 × 1.08⁵ = 232', () => {
		expect(percent1(cagr(157.9, 259.3, 5))).toBe(10.4);
		expect(157.9 * 1.08 ** 5).toBeCloseTo(232.0, 1);
		// The target implies a deflator of about −0.2 % a year.
		expect((230 / 157.9) ** (1 / 5) / 1.08 - 1).toBeCloseTo(-0.002, 3);
		expect(byId('gdp').notes?.length).toBeGreaterThan(0);
	});

	it('gdp-per-capita: 48510 → 75658 is 9.3 % a year nominal against 7.7 % real', () => {
		expect(percent1(cagr(48510, 75658, 5))).toBe(9.3);
		expect(48510 * 1.075 ** 5).toBeCloseTo(69642, 0);
		expect(byId('gdp-per-capita').notes?.length).toBeGreaterThan(0);
	});

	it('fiscal-revenue: 24.3 → 37.8 is 9.24 % a year, printed 9.3 %', () => {
		expect(cagr(24.3, 37.8, 5)).toBeCloseTo(0.0924, 4);
		expect(byId('fiscal-revenue').achievedRate?.value).toBe(0.093);
		expect(byId('fiscal-revenue').notes?.length).toBeGreaterThan(0);
	});

	it('general-budget-revenue: ≧12 % gives 12.5, not 17 (19.1 % needed); 7.1 → 12.2 is 11.4 %, printed 12.1 %', () => {
		expect(7.1 * 1.12 ** 5).toBeCloseTo(12.5, 1);
		expect(percent1(cagr(7.1, 17, 5))).toBe(19.1);
		expect(percent1(cagr(7.1, 12.2, 5))).toBe(11.4);
		expect(byId('general-budget-revenue').notes?.length).toBe(2);
	});

	it('fixed-asset-investment: 138.9 → 164.5 is 3.4 % a year, printed 14.8 %', () => {
		expect(percent1(cagr(138.9, 164.5, 5))).toBe(3.4);
		expect(138.9 * 1.148 ** 5).toBeCloseTo(277, 0);
		expect(byId('fixed-asset-investment').notes?.length).toBe(2);
	});

	it('cultivated-land: 28 − 29 = −1, printed [-0.42]', () => {
		expect(y2020('cultivated-land') - base('cultivated-land')).toBe(-1);
		expect(byId('cultivated-land').achievedRate?.value).toBe(-0.42);
		expect(byId('cultivated-land').notes?.length).toBeGreaterThan(0);
	});

	it('forest-stock: 159.8 − 130.57 = 29.23, printed [12.99]', () => {
		expect(num(byId('forest-stock').target) - base('forest-stock')).toBeCloseTo(29.23, 10);
		expect(byId('forest-stock').growth.value).toBe(12.99);
		expect(byId('forest-stock').notes?.length).toBeGreaterThan(0);
	});

	it('urban-disposable-income: 35101 → 51824 is 8.1 % a year, printed 7.9 %', () => {
		expect(percent1(cagr(35101, 51824, 5))).toBe(8.1);
		expect(byId('urban-disposable-income').notes?.length).toBeGreaterThan(0);
	});

	it('rural-disposable-income: 19561 → 30210 is 9.1 % a year, printed 8.1 %', () => {
		expect(percent1(cagr(19561, 30210, 5))).toBe(9.1);
		expect(byId('rural-disposable-income').notes?.length).toBeGreaterThan(0);
	});

	it('labour-productivity: the achieved column prints the change [4.3], which is 9.8 % a year', () => {
		const ind = byId('labour-productivity');
		expect(ind.achievedRate).toMatchObject({ raw: '[4.3]', value: 4.3, kind: 'cumulativePoints' });
		expect(percent1(cagr(7.2, 11.5, 5))).toBe(9.8);
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('invention-patents-per-10k: the figures imply 13.4, 6.4 and 6.7 万 people against row 10 (noted)', () => {
		const implied = [71 / 5.29, 78 / 12.24, 147 / 22.1].map((x) => Math.round(x * 10) / 10);
		expect(implied).toEqual([13.4, 6.4, 6.7]);
		expect(byId('invention-patents-per-10k').notes?.length).toBe(2);
	});

	it('forest-coverage: 2015 and target are on the old basis, 2019 and 2020 on the revised one (table note 3)', () => {
		const ind = byId('forest-coverage');
		expect(y2020('forest-coverage')).toBeLessThan(base('forest-coverage') - 6);
		expect(ind.achievedRate).toEqual({ raw: '基数调整', value: null, kind: 'none', line: 345 });
		expect(ind.notes?.length).toBeGreaterThan(0);
	});
});
