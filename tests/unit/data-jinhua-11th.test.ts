import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseGrowthText, parseValueText } from '../../src/lib/model/cell-text';
import { expectValueCellsAsPrinted, valueCells } from './data-checks';
import type { GrowthCell, Indicator, PlanTable } from '../../src/lib/model/table';

const table = JSON.parse(
	readFileSync(new URL('../../static/data/jinhua-11th.json', import.meta.url), 'utf8')
) as PlanTable;

const SEED_FILE = '000_922a1989f69bf54b.txt';
const seedUrl = new URL(SEED_FILE, new URL('../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(seedUrl);

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const IDS = [
	'gdp',
	'gdp-per-capita',
	'fiscal-revenue',
	'local-fiscal-revenue',
	'tertiary-share',
	'fixed-asset-investment',
	'imports-exports',
	'exports',
	'urbanization-rate',
	'higher-education-enrollment',
	'urban-disposable-income',
	'rural-net-income',
	'energy-intensity',
	'cod-emissions',
	'so2-emissions',
	'new-urban-jobs',
	'urban-unemployment-rate',
	'pension-insured',
	'rural-cooperative-medical-rate',
	'population-natural-growth-rate'
];

function byId(id: string): Indicator {
	const found = table.indicators.find((ind) => ind.id === id);
	if (!found) throw new Error(`no indicator ${id}`);
	return found;
}

/** Growth and printed achieved-rate cells of a record, labelled for messages. */
function growthCells(ind: Indicator): [string, GrowthCell][] {
	const cells: [string, GrowthCell][] = [['growth', ind.growth]];
	if (ind.achievedRate) cells.push(['achievedRate', ind.achievedRate]);
	return cells;
}

function cagr(from: number, to: number, years = 5): number {
	return (to / from) ** (1 / years) - 1;
}

function level(ind: Indicator, year: '2005' | '2010'): number {
	const v = ind.values[year]?.value;
	if (v === null || v === undefined) throw new Error(`${ind.id} has no ${year} value`);
	return v;
}

/**
 * Cells whose stored reading differs from what the cell text alone says, each with the reason.
 * Key: `${id}.${column}`. Every value and target cell of this table reads as printed.
 */
const VALUE_EXCEPTIONS: Record<string, string> = {};

/** cagr / ppPerYear growth cells that parseGrowthText cannot read, each with the reason. */
const GROWTH_EXCEPTIONS: Record<string, string> = {};

describe('jinhua-11th: shape', () => {
	it('is a schema-1 completion table of the 2005 → 2010 plan with a 2010 actual column', () => {
		expect(table.type).toBe('planTable');
		expect(table.schemaVersion).toBe(1);
		expect(table.id).toBe('jinhua-11th');
		expect(table.titleRaw).toBe('“十一五”规划主要指标完成情况');
		expect(table.source).toEqual({ file: SEED_FILE, lines: [14, 230] });
		expect(table.baseYear).toBe(2005);
		expect(table.targetYear).toBe(2010);
		expect(table.years).toEqual([2005, 2010]);
		expect(table.plan).toEqual({ zh: '“十一五”规划', en: '11th Five-Year Plan' });
		expect(table.region).toEqual({ zh: '金华市', en: 'Jinhua' });
	});

	it('has 20 records: rows 1..18 once each in seed order, plus two 其中 sub-rows', () => {
		expect(table.indicators).toHaveLength(20);
		const numbered = table.indicators.filter((ind) => /^\d+$/.test(ind.no));
		expect(numbered.map((ind) => Number(ind.no))).toEqual(
			Array.from({ length: 18 }, (_, i) => i + 1)
		);
		expect(numbered.every((ind) => ind.parent === undefined)).toBe(true);
		const subRows = table.indicators.filter((ind) => !/^\d+$/.test(ind.no));
		expect(subRows.map((ind) => [ind.no, ind.id, ind.parent])).toEqual([
			['3.1', 'local-fiscal-revenue', 'fiscal-revenue'],
			['6.1', 'exports', 'imports-exports']
		]);
		for (const sub of subRows) {
			expect(sub.name.zh.startsWith('其中'), sub.id).toBe(true);
			const parent = byId(sub.parent!);
			expect(sub.no.startsWith(`${parent.no}.`)).toBe(true);
			expect(sub.unit).toBe(parent.unit);
			// The sub-row follows its parent directly.
			expect(table.indicators.indexOf(sub)).toBe(table.indicators.indexOf(parent) + 1);
		}
	});

	it('has unique lower-kebab ids in the expected order', () => {
		const ids = table.indicators.map((ind) => ind.id);
		expect(ids).toEqual(IDS);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id, id).toMatch(KEBAB);
	});

	it('groups rows 1–10 as expected and 11–18 as binding, by the 指标属性 column', () => {
		expect(table.areas).toEqual([
			{ id: 'expected', name: { zh: '预期性指标', en: expect.any(String) }, line: 34 },
			{ id: 'binding', name: { zh: '约束性指标', en: expect.any(String) }, line: 153 }
		]);
		for (const ind of table.indicators) {
			const row = Number(ind.no.split('.')[0]);
			const area = row <= 10 ? 'expected' : 'binding';
			expect(ind.area, ind.id).toBe(area);
			expect(ind.attribute, ind.id).toBe(area);
		}
	});

	it('records the table note on 〔〕 in both languages with its line', () => {
		expect(table.notes).toHaveLength(1);
		const note = table.notes[0]!;
		expect(note.line).toBe(230);
		expect(note.text.zh).toContain('〔〕');
		expect(note.text.en).toContain('〔〕');
	});

	it('keys every record by 2005 and 2010 and prints all five columns on every row', () => {
		for (const ind of table.indicators) {
			expect(Object.keys(ind.values).sort(), ind.id).toEqual(['2005', '2010']);
			for (const [col, cell] of valueCells(ind)) expect(cell.raw, `${ind.id}.${col}`).not.toBe('');
			for (const [col, cell] of growthCells(ind)) expect(cell.raw, `${ind.id}.${col}`).not.toBe('');
			expect(ind.achievedRate, ind.id).toBeDefined();
		}
	});

	it('keeps the price and population basis only where the document states them', () => {
		const priced = table.indicators.filter((ind) => ind.priceBasis).map((ind) => ind.id);
		expect(priced).toEqual(['gdp', 'gdp-per-capita']);
		for (const id of priced)
			expect(byId(id).priceBasis).toEqual({ levels: 'current', growth: 'comparable' });
		const withPopulation = table.indicators.filter((ind) => ind.population);
		expect(withPopulation.map((ind) => [ind.id, ind.population])).toEqual([
			['gdp-per-capita', 'registered']
		]);
		expect(byId('gdp-per-capita').name.zh).toContain('户籍人口');
	});
});

describe('jinhua-11th: cells agree with their text', () => {
	it('reads every value and target cell as parseValueText reads its raw text, bar the listed exceptions', () => {
		expectValueCellsAsPrinted(table, VALUE_EXCEPTIONS);
	});

	it('reads the comparators printed on targets and on the 2010 natural growth rate', () => {
		const compared = table.indicators.flatMap((ind) =>
			valueCells(ind)
				.filter(([, c]) => c.comparator)
				.map(([col, c]) => [`${ind.id}.${col}`, c.raw, c.value, c.comparator])
		);
		expect(compared).toEqual([
			['urbanization-rate.target', '60左右', 60, '≈'],
			['urban-unemployment-rate.target', '﹤4.5', 4.5, '<'],
			['rural-cooperative-medical-rate.target', '﹥85', 85, '>'],
			['population-natural-growth-rate.2010', '﹤6', 6, '<'],
			['population-natural-growth-rate.target', '﹤6', 6, '<']
		]);
	});

	it('reads every cagr and ppPerYear growth and achieved-rate cell as parseGrowthText does, bar the listed exceptions', () => {
		const used = new Set<string>();
		let checked = 0;
		for (const ind of table.indicators) {
			for (const [col, g] of growthCells(ind)) {
				if (g.kind !== 'cagr' && g.kind !== 'ppPerYear') continue;
				const key = `${ind.id}.${col}`;
				if (key in GROWTH_EXCEPTIONS) {
					used.add(key);
					continue;
				}
				const parsed = parseGrowthText(g.raw);
				expect(parsed.kind, key).toBe(g.kind);
				expect(g.value, key).not.toBeNull();
				expect(parsed.value, key).toBeCloseTo(g.value!, 12);
				expect(g.comparator, key).toBe(parsed.comparator);
				checked++;
			}
		}
		expect(checked).toBe(18);
		expect([...used].sort()).toEqual(Object.keys(GROWTH_EXCEPTIONS).sort());
	});

	it('reads every none cell as the dash the seed prints, with no value', () => {
		const none: string[] = [];
		for (const ind of table.indicators) {
			for (const [col, g] of growthCells(ind)) {
				if (g.kind !== 'none') continue;
				expect(g.raw, ind.id).toBe('—');
				expect(parseGrowthText(g.raw).kind, ind.id).toBe('none');
				expect(g.value, ind.id).toBeNull();
				none.push(`${ind.id}.${col}`);
			}
		}
		expect(none).toEqual([
			'urban-unemployment-rate.growth',
			'urban-unemployment-rate.achievedRate',
			'rural-cooperative-medical-rate.growth',
			'population-natural-growth-rate.growth',
			'population-natural-growth-rate.achievedRate'
		]);
	});

	it('reads bracketed changes as cumulative points that the levels reproduce', () => {
		const rows = table.indicators.filter(
			(ind) =>
				ind.growth.kind === 'cumulativePoints' || ind.achievedRate?.kind === 'cumulativePoints'
		);
		expect(rows.map((ind) => ind.id)).toEqual([
			'tertiary-share',
			'urbanization-rate',
			'higher-education-enrollment',
			'pension-insured',
			'rural-cooperative-medical-rate'
		]);
		for (const ind of rows) {
			expect(ind.kind, ind.id).toBe('pp');
			const base = level(ind, '2005');
			if (ind.growth.kind === 'cumulativePoints') {
				expect(parseGrowthText(ind.growth.raw)).toEqual({
					value: ind.growth.value,
					kind: 'unknown'
				});
				expect(base + ind.growth.value!, ind.id).toBeCloseTo(ind.target.value!, 10);
			}
			const achieved = ind.achievedRate!;
			expect(achieved.kind, ind.id).toBe('cumulativePoints');
			expect(parseGrowthText(achieved.raw)).toEqual({ value: achieved.value, kind: 'unknown' });
			expect(level(ind, '2010') - base, ind.id).toBeCloseTo(achieved.value!, 10);
		}
	});

	it('reads the bracketed totals of new urban jobs as five-year sums', () => {
		const jobs = byId('new-urban-jobs');
		expect(jobs.kind).toBe('cumulative');
		expect(jobs.target).toEqual({ raw: '〔25〕', value: 25, line: 188 });
		expect(jobs.values['2010']).toEqual({ raw: '〔32.9〕', value: 32.9, line: 190 });
		expect(jobs.values['2005']?.value).toBe(6.7);
		expect(jobs.notes?.length).toBe(2);
		// "5万" and "6.6万" are amounts a year toward the total: 〔25〕 / 5 and 〔32.9〕 / 5
		expect(jobs.growth).toMatchObject({ raw: '5万', value: 5, kind: 'flowPerYear' });
		expect(jobs.achievedRate).toMatchObject({ raw: '6.6万', value: 6.6, kind: 'flowPerYear' });
	});

	it('has no qualitative cells: relative-decline targets have no value but are not qualitative', () => {
		expect(table.indicators.filter((ind) => ind.kind === 'qualitative')).toEqual([]);
		for (const ind of table.indicators) {
			for (const [col, cell] of valueCells(ind))
				expect(cell.qualitative ?? false, `${ind.id}.${col}`).toBe(false);
		}
		const noLevel = table.indicators.filter((ind) => ind.target.value === null);
		expect(noLevel.map((ind) => ind.id)).toEqual([
			'energy-intensity',
			'cod-emissions',
			'so2-emissions'
		]);
		for (const ind of noLevel)
			expect(parseValueText(ind.target.raw), ind.id).toEqual({ value: null });
	});

	it('marks the lower-is-better indicators', () => {
		const lower = table.indicators.filter((ind) => ind.direction === 'lower').map((ind) => ind.id);
		expect(lower).toEqual([
			'energy-intensity',
			'cod-emissions',
			'so2-emissions',
			'urban-unemployment-rate',
			'population-natural-growth-rate'
		]);
	});
});

describe('jinhua-11th: relative-decline targets of rows 11–13', () => {
	const declines = ['energy-intensity', 'cod-emissions', 'so2-emissions'];

	it('store the "下降〔x%〕" target text as a cumulative decline in the growth column (noted)', () => {
		for (const id of declines) {
			const ind = byId(id);
			expect(ind.target.raw, id).toMatch(/^下降〔\d+%〕$/);
			expect(ind.growth.kind, id).toBe('cumulativeDecline');
			expect(ind.growth.raw, id).toBe(ind.target.raw);
			expect(ind.growth.line, id).toBe(ind.target.line);
			expect(ind.growth.value, id).toBeCloseTo(
				parseGrowthText(ind.growth.raw.slice(2)).value! / 100,
				12
			);
			expect(ind.notes?.length, id).toBeGreaterThan(0);
		}
	});

	it('energy-intensity: 0.93 × (1 − 20 %) = 0.744; 0.93 → 0.74 is a 20.4 % decline, printed 下降〔20%〕', () => {
		const ind = byId('energy-intensity');
		expect(0.93 * (1 - ind.growth.value!)).toBeCloseTo(0.744, 10);
		expect(1 - 0.74 / 0.93).toBeCloseTo(0.204, 3);
		expect(ind.achievedRate).toMatchObject({ kind: 'cumulativeDecline', value: 0.2 });
		expect(level(ind, '2010')).toBeLessThanOrEqual(0.93 * (1 - ind.growth.value!));
	});

	it('cod-emissions: 下降3% a year is a 14.1 % decline over five years, close to 〔15%〕 (3.2 % a year)', () => {
		const ind = byId('cod-emissions');
		expect(ind.growth.value).toBe(0.15);
		expect(30235 * (1 - 0.15)).toBeCloseTo(25699.75, 6);
		expect(1 - 0.97 ** 5).toBeCloseTo(0.141, 3);
		expect(cagr(1, 0.85)).toBeCloseTo(-0.032, 3);
	});

	it('so2-emissions: 下降3% a year (−14.1 %, 31583) does not reach 〔20%〕 (29423), which needs 4.4 % a year', () => {
		const ind = byId('so2-emissions');
		expect(ind.growth.value).toBe(0.2);
		expect(36779 * 0.97 ** 5).toBeCloseTo(31583, 0);
		expect(36779 * (1 - 0.2)).toBeCloseTo(29423.2, 6);
		expect(cagr(1, 0.8)).toBeCloseTo(-0.044, 3);
	});

	it('reads the achieved 〔19.1%〕 and 〔20.2%〕 as cumulative declines from the levels', () => {
		for (const [id, printed] of [
			['cod-emissions', 0.191],
			['so2-emissions', 0.202]
		] as const) {
			const ind = byId(id);
			const achieved = ind.achievedRate!;
			expect(achieved.kind).toBe('cumulativeDecline');
			expect(achieved.value).toBe(printed);
			expect(achieved.value).toBeCloseTo(parseGrowthText(achieved.raw).value! / 100, 12);
			expect(1 - level(ind, '2010') / level(ind, '2005')).toBeCloseTo(printed, 3);
			expect(ind.notes?.length).toBe(2);
		}
	});
});

describe('jinhua-11th: rates that reproduce from the levels', () => {
	const cagrRows = () =>
		table.indicators.filter(
			(ind) => ind.growth.kind === 'cagr' && ind.achievedRate?.kind === 'cagr'
		);

	it('has nine compound-growth rows with a printed achieved rate', () => {
		expect(cagrRows().map((ind) => ind.id)).toEqual([
			'gdp',
			'gdp-per-capita',
			'fiscal-revenue',
			'local-fiscal-revenue',
			'fixed-asset-investment',
			'imports-exports',
			'exports',
			'urban-disposable-income',
			'rural-net-income'
		]);
	});

	it('reproduces every printed achieved rate from 2005 → 2010, except the real GDP rates', () => {
		for (const ind of cagrRows()) {
			if (ind.priceBasis) continue;
			const actual = cagr(level(ind, '2005'), level(ind, '2010'));
			expect(Math.abs(actual - ind.achievedRate!.value!), ind.id).toBeLessThan(0.0006);
		}
	});

	it('reproduces each 2010 target from the stated rate within 0.15 points a year, except the noted rows', () => {
		const noted = ['gdp', 'gdp-per-capita', 'fiscal-revenue', 'local-fiscal-revenue'];
		for (const ind of cagrRows()) {
			if (noted.includes(ind.id)) continue;
			const implied = cagr(level(ind, '2005'), ind.target.value!);
			if (ind.growth.comparator === '>') {
				expect(implied, ind.id).toBeGreaterThan(ind.growth.value!);
				continue;
			}
			expect(Math.abs(implied - ind.growth.value!), ind.id).toBeLessThan(0.0015);
		}
	});

	it('fixed-asset-investment: 485.4 → 840 is 11.6 % a year, consistent with ﹥10 %', () => {
		const ind = byId('fixed-asset-investment');
		expect(ind.growth).toMatchObject({ value: 0.1, comparator: '>', kind: 'cagr' });
		expect(cagr(485.4, 840)).toBeCloseTo(0.116, 3);
	});

	it('new-urban-jobs: 〔25〕 / 5 = 5 (printed 5万) and 〔32.9〕 / 5 = 6.58 (printed 6.6万)', () => {
		const ind = byId('new-urban-jobs');
		expect(ind.growth).toMatchObject({ raw: '5万', value: 5, kind: 'flowPerYear' });
		expect(ind.achievedRate).toMatchObject({ raw: '6.6万', value: 6.6, kind: 'flowPerYear' });
		expect(ind.target.value! / 5).toBe(ind.growth.value);
		expect(level(ind, '2010') / 5).toBeCloseTo(ind.achievedRate!.value!, 1);
	});

	it('pension-insured: 49.4 + 〔10.6〕 = 60 and 80.8 − 49.4 = 〔31.4〕, modelled linearly (noted)', () => {
		const ind = byId('pension-insured');
		expect(ind.kind).toBe('pp');
		expect(49.4 + 10.6).toBeCloseTo(60, 10);
		expect(80.8 - 49.4).toBeCloseTo(31.4, 10);
		expect(ind.notes?.length).toBe(1);
	});
});

describe('jinhua-11th: notes on rates and values that do not reproduce', () => {
	it('gdp: 1066.7 → 2095 is 14.5 % a year nominal against 12.2 % real, a deflator of about 2 % a year', () => {
		const ind = byId('gdp');
		expect(cagr(1066.7, 2095)).toBeCloseTo(0.1445, 4);
		expect((2095 / 1066.7 / 1.122 ** 5) ** (1 / 5) - 1).toBeCloseTo(0.02, 3);
		expect(ind.achievedRate?.value).toBe(0.122);
		expect(ind.notes?.length).toBe(2);
	});

	it('gdp: the target of 1860 is not 1066.7 × 1.12^5 ≈ 1880; it is 11.8 % a year, or 12 % from about 1055', () => {
		expect(1066.7 * 1.12 ** 5).toBeCloseTo(1879.9, 1);
		expect(cagr(1066.7, 1860)).toBeCloseTo(0.1176, 4);
		expect(1860 / 1.12 ** 5).toBeCloseTo(1055.4, 1);
	});

	it('gdp-per-capita: 23552 → 45031 is 13.8 % a year nominal against 11.6 %; 40000 is 11.2 % a year, not 11.4 %', () => {
		const ind = byId('gdp-per-capita');
		expect(cagr(23552, 45031)).toBeCloseTo(0.138, 3);
		expect(23552 * 1.114 ** 5).toBeCloseTo(40407, 0);
		expect(cagr(23552, 40000)).toBeCloseTo(0.112, 3);
		expect(ind.notes?.length).toBe(1);
	});

	it('fiscal-revenue: 124.3 × 1.13^5 ≈ 229.0, not 220 (12.1 % a year); 124.3 → 272.7 is 17.0 %', () => {
		expect(124.3 * 1.13 ** 5).toBeCloseTo(229.0, 1);
		expect(cagr(124.3, 220)).toBeCloseTo(0.121, 3);
		expect(cagr(124.3, 272.7)).toBeCloseTo(0.17, 3);
		expect(byId('fiscal-revenue').notes?.length).toBe(1);
	});

	it('local-fiscal-revenue: 68 × 1.13^5 ≈ 125.3, not 110 (10.1 % a year); 68 → 155.9 is 18.05 %', () => {
		expect(68 * 1.13 ** 5).toBeCloseTo(125.3, 1);
		expect(cagr(68, 110)).toBeCloseTo(0.101, 3);
		expect(cagr(68, 155.9)).toBeCloseTo(0.1805, 4);
		expect(byId('local-fiscal-revenue').notes?.length).toBe(1);
	});

	it('urbanization-rate: the 2010 value of 58.5 is marked (预计), an estimate (noted)', () => {
		const ind = byId('urbanization-rate');
		expect(ind.values['2010']).toEqual({ raw: '58.5', value: 58.5, line: 121 });
		expect(ind.notes?.[0]?.zh).toContain('预计');
	});

	it('population-natural-growth-rate: the 2010 actual is only a bound, ﹤6 (noted)', () => {
		const ind = byId('population-natural-growth-rate');
		expect(ind.values['2010']).toEqual({ raw: '﹤6', value: 6, comparator: '<', line: 226 });
		expect(ind.notes?.length).toBe(1);
	});
});

describe('jinhua-11th: source', () => {
	const title = haveSeeds
		? 'the attribute labels, printed one character a line, start on the area lines'
		: 'source check skipped: the seeds are missing (../shared/seeds)';

	it.skipIf(!haveSeeds)(title, () => {
		const lines = readFileSync(seedUrl, 'utf8').split('\n');
		for (const area of table.areas) {
			const label = lines
				.slice(area.line - 1, area.line + 4)
				.map((l) => l.trim())
				.join('');
			expect(label, area.id).toBe(area.name.zh);
		}
	});
});
