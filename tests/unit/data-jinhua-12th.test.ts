import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseGrowthText, parseValueText } from '../../src/lib/model/cell-text';
import { expectQualitativeRowsAsSuch, expectValueCellsAsPrinted } from './data-checks';
import type { GrowthCell, Indicator, PlanTable } from '../../src/lib/model/table';

const table = JSON.parse(
	readFileSync(new URL('../../static/data/jinhua-12th.json', import.meta.url), 'utf8')
) as PlanTable;

const SEED_FILE = '000_922a1989f69bf54b.txt';
const seedUrl = new URL(SEED_FILE, new URL('../../../shared/seeds/', import.meta.url));
const haveSeeds = existsSync(seedUrl);

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every record in seed order. Ids are stable: other data files link to them. */
const IDS = [
	'gdp',
	'gdp-per-capita',
	'fiscal-revenue',
	'local-fiscal-revenue',
	'imports-exports',
	'retail-sales',
	'fixed-asset-investment',
	'urbanization-rate',
	'tertiary-share',
	'rd-intensity',
	'education-spending-share',
	'new-labour-schooling-years',
	'higher-education-enrolment',
	'cultivated-land',
	'energy-intensity',
	'water-use-per-industrial-va',
	'carbon-intensity',
	'forest-stock',
	'major-pollutant-emissions',
	'cod-emissions',
	'ammonia-nitrogen-emissions',
	'so2-emissions',
	'nox-emissions',
	'new-urban-jobs',
	'urban-unemployment-rate',
	'urban-disposable-income',
	'rural-net-income',
	'affordable-housing',
	'natural-population-growth',
	'life-expectancy',
	'pension-insured',
	'medical-insured',
	'work-safety-death-rate'
];

const POLLUTANTS = [
	'cod-emissions',
	'ammonia-nitrogen-emissions',
	'so2-emissions',
	'nox-emissions'
];

function byId(id: string): Indicator {
	const found = table.indicators.find((ind) => ind.id === id);
	if (!found) throw new Error(`no indicator ${id}`);
	return found;
}

/** The 2010 (base-year) value of a record; throws where the seed prints none. */
function base(id: string): number {
	const v = byId(id).values['2010']?.value;
	if (v === null || v === undefined) throw new Error(`${id}: no 2010 value`);
	return v;
}

function target(id: string): number {
	const v = byId(id).target.value;
	if (v === null) throw new Error(`${id}: no target value`);
	return v;
}

function cagr(from: number, to: number, years = 5): number {
	return (to / from) ** (1 / years) - 1;
}

/** The number inside 〔…〕, without a trailing % or 万: "下降〔12.2%〕" → 12.2. */
function bracketed(raw: string): number {
	const m = /〔([\d.]+)(?:%|万)?〕/.exec(raw);
	if (!m) throw new Error(`no bracketed number in "${raw}"`);
	return Number(m[1]);
}

/**
 * Cells whose stored reading differs from what the cell text alone says, each with the reason.
 * Key: `${id}.${column}`.
 */
const VALUE_EXCEPTIONS: Record<string, string> = {
	'new-urban-jobs.target':
		'"〔30万〕" repeats the 万 of the unit 万人 inside the bracket; the five-year total is 30 (万人)'
};

/**
 * Growth cells printed as a bare number, which parseGrowthText leaves as `unknown`: the row's
 * arithmetic shows each is an amount a year in the row's own units (points for the %-row).
 */
const BARE_PER_YEAR: Record<string, string> = {
	'urbanization-rate': '58.5 + 0.9 × 5 = 63: percentage points a year',
	'forest-stock': '2500 + 110 × 5 = 3050: 万立方米 a year',
	'pension-insured': '275.5 + 9.9 × 5 = 325: 万人 a year',
	'medical-insured': '137.1 + 6.18 × 5 = 168: 万人 a year'
};

describe('jinhua-12th: shape', () => {
	it('is a schema-1 plan table for the 2010 → 2015 plan with one 2010 column', () => {
		expect(table.type).toBe('planTable');
		expect(table.schemaVersion).toBe(1);
		expect(table.id).toBe('jinhua-12th');
		expect(table.titleRaw).toBe('“十二五”规划主要目标指标表');
		expect(table.source).toEqual({ file: SEED_FILE, lines: [256, 496] });
		expect(table.baseYear).toBe(2010);
		expect(table.targetYear).toBe(2015);
		expect(table.years).toEqual([2010]);
		expect(table.plan).toEqual({ zh: '“十二五”规划', en: '12th Five-Year Plan' });
		expect(table.region).toEqual({ zh: '金华市', en: 'Jinhua' });
	});

	it('has the 33 records in seed order under their stable ids', () => {
		expect(table.indicators.map((ind) => ind.id)).toEqual(IDS);
		for (const id of IDS) expect(id).toMatch(KEBAB);
		const starts = table.indicators.map((ind) => ind.lines[0]);
		expect([...starts].sort((a, b) => a - b)).toEqual(starts);
	});

	it('numbers the 28 unnumbered top-level rows 1..28 and the five sub-rows under their parent', () => {
		const top = table.indicators.filter((ind) => /^\d+$/.test(ind.no));
		expect(top.map((ind) => Number(ind.no))).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
		expect(top.every((ind) => ind.parent === undefined)).toBe(true);
		const subs = table.indicators
			.filter((ind) => !/^\d+$/.test(ind.no))
			.map((ind) => [ind.no, ind.id, ind.parent]);
		expect(subs).toEqual([
			['3.1', 'local-fiscal-revenue', 'fiscal-revenue'],
			['18.1', 'cod-emissions', 'major-pollutant-emissions'],
			['18.2', 'ammonia-nitrogen-emissions', 'major-pollutant-emissions'],
			['18.3', 'so2-emissions', 'major-pollutant-emissions'],
			['18.4', 'nox-emissions', 'major-pollutant-emissions']
		]);
		expect(byId('fiscal-revenue').no).toBe('3');
		expect(byId('major-pollutant-emissions').no).toBe('18');
		expect(byId('local-fiscal-revenue').name.zh.startsWith('其中')).toBe(true);
	});

	it('puts the records in the four areas as printed, each starting before its first record', () => {
		expect(table.areas.map((a) => [a.id, a.name.zh, a.line])).toEqual([
			['structure', '结构优化', 265],
			['innovation', '创新发展', 328],
			['resources-environment', '资源环境', 356],
			['livelihood', '民生保障和社会公平', 425]
		]);
		const count = (area: string) => table.indicators.filter((ind) => ind.area === area).length;
		expect(['structure', 'innovation', 'resources-environment', 'livelihood'].map(count)).toEqual([
			9, 4, 10, 10
		]);
		for (const area of table.areas) {
			const first = table.indicators.find((ind) => ind.area === area.id)!;
			expect(area.line, area.id).toBeLessThan(first.lines[0]);
		}
	});

	it('gives the attribute printed on each row; the pollutant heading prints none', () => {
		const binding = table.indicators.filter((ind) => ind.attribute === 'binding').map((i) => i.id);
		expect(binding).toEqual([
			'education-spending-share',
			'cultivated-land',
			'energy-intensity',
			'water-use-per-industrial-va',
			'carbon-intensity',
			'forest-stock',
			...POLLUTANTS,
			'new-urban-jobs',
			'affordable-housing',
			'natural-population-growth',
			'pension-insured',
			'medical-insured',
			'work-safety-death-rate'
		]);
		expect(byId('major-pollutant-emissions').attribute).toBeUndefined();
		const rest = table.indicators.filter(
			(ind) => ind.attribute !== 'binding' && ind.id !== 'major-pollutant-emissions'
		);
		expect(rest.every((ind) => ind.attribute === 'expected')).toBe(true);
		expect(rest).toHaveLength(16);
	});

	it('gives the * rows (table note 1) current-price levels and comparable-price growth', () => {
		const starred = table.indicators.filter((ind) => ind.name.zh.includes('*'));
		expect(starred.map((ind) => ind.id)).toEqual(['gdp', 'gdp-per-capita']);
		for (const ind of table.indicators) {
			if (ind.name.zh.includes('*'))
				expect(ind.priceBasis, ind.id).toEqual({ levels: 'current', growth: 'comparable' });
			else expect(ind.priceBasis, ind.id).toBeUndefined();
		}
	});

	it('divides GDP per capita by the registered population, as its name says (户籍人口)', () => {
		const withPopulation = table.indicators.filter((ind) => ind.population !== undefined);
		expect(withPopulation.map((ind) => [ind.id, ind.population])).toEqual([
			['gdp-per-capita', 'registered']
		]);
		expect(byId('gdp-per-capita').name.zh).toContain('户籍人口');
	});

	it('has the two table notes in both languages on the note line', () => {
		expect(table.notes).toHaveLength(2);
		for (const note of table.notes) {
			expect(note.text.zh.length).toBeGreaterThan(0);
			expect(note.text.en.length).toBeGreaterThan(0);
			expect(note.line).toBe(496);
		}
		expect(table.notes[0]!.text.zh).toContain('*');
		expect(table.notes[1]!.text.zh).toContain('〔〕');
	});
});

describe('jinhua-12th: cells agree with their text', () => {
	it('reads every value and target cell as parseValueText reads its raw text, bar the listed exceptions', () => {
		expectValueCellsAsPrinted(table, VALUE_EXCEPTIONS);
	});

	it('new-urban-jobs: the target 〔30万〕 is a five-year total of 30 万人 (table note 2)', () => {
		const jobs = byId('new-urban-jobs');
		expect(jobs.kind).toBe('cumulative');
		expect(jobs.unit).toBe('万人');
		expect(jobs.target).toEqual({ raw: '〔30万〕', value: 30, line: 428 });
		expect(parseValueText(jobs.target.raw).value).toBeNull();
		expect(bracketed(jobs.target.raw)).toBe(30);
	});

	it('reads every cagr and ppPerYear growth cell as parseGrowthText does, bar bare per-year numbers', () => {
		const checked: GrowthCell[] = [];
		const bare = new Set<string>();
		for (const ind of table.indicators) {
			const g = ind.growth;
			if (g.kind !== 'cagr' && g.kind !== 'ppPerYear') continue;
			const parsed = parseGrowthText(g.raw);
			expect(g.value, ind.id).not.toBeNull();
			expect(parsed.value, ind.id).toBeCloseTo(g.value!, 12);
			expect(g.comparator, ind.id).toBe(parsed.comparator);
			if (ind.id in BARE_PER_YEAR) {
				bare.add(ind.id);
				expect(g.kind, ind.id).toBe('ppPerYear');
				expect(parsed.kind, ind.id).toBe('unknown');
				expect(g.raw, ind.id).toMatch(/^\d+(\.\d+)?$/);
			} else {
				expect(parsed.kind, ind.id).toBe(g.kind);
			}
			checked.push(g);
		}
		expect([...bare].sort()).toEqual(Object.keys(BARE_PER_YEAR).sort());
		expect(checked).toHaveLength(13);
	});

	it('reads every none growth cell as empty text or a dash', () => {
		const none = table.indicators.filter((ind) => ind.growth.kind === 'none');
		for (const ind of none) {
			expect(parseGrowthText(ind.growth.raw).kind, ind.id).toBe('none');
			expect(ind.growth.value, ind.id).toBeNull();
		}
		expect(none.map((ind) => ind.id)).toEqual([
			'education-spending-share',
			'new-labour-schooling-years',
			'carbon-intensity',
			'major-pollutant-emissions',
			'urban-unemployment-rate',
			'natural-population-growth'
		]);
	});

	it('reads each 下降〔x%〕 as a cumulative decline of x %, taken from the target column where the row prints it there', () => {
		const declines = table.indicators.filter((ind) => ind.growth.kind === 'cumulativeDecline');
		expect(declines.map((ind) => ind.id)).toEqual(['energy-intensity', ...POLLUTANTS]);
		for (const ind of declines) {
			expect(ind.growth.raw, ind.id).toMatch(/^下降〔[\d.]+%〕$/);
			expect(ind.growth.value, ind.id).toBeCloseTo(bracketed(ind.growth.raw) / 100, 12);
			expect(ind.direction, ind.id).toBe('lower');
			expect(ind.target.value, ind.id).toBeNull();
			if (ind.target.raw !== '—') {
				// printed in the target column: the same text and line serve both cells
				expect(ind.target.raw, ind.id).toBe(ind.growth.raw);
				expect(ind.target.line, ind.id).toBe(ind.growth.line);
				expect(ind.notes?.length, ind.id).toBeGreaterThan(0);
			}
		}
		const fromTarget = declines.filter((ind) => ind.target.raw === ind.growth.raw);
		expect(fromTarget.map((ind) => ind.id)).toEqual([
			'energy-intensity',
			'cod-emissions',
			'ammonia-nitrogen-emissions'
		]);
	});

	it('reads each 〔x〕 change of a level as cumulative points, negative where 下降/减少, reaching the target', () => {
		const points = table.indicators.filter((ind) => ind.growth.kind === 'cumulativePoints');
		expect(points.map((ind) => [ind.id, ind.growth.value])).toEqual([
			['tertiary-share', 5.9],
			['rd-intensity', 0.8],
			['higher-education-enrolment', 5],
			['cultivated-land', -3.1],
			['water-use-per-industrial-va', -8],
			['life-expectancy', 1],
			['work-safety-death-rate', -0.125]
		]);
		for (const ind of points) {
			const sign = /下降|减少/.test(ind.growth.raw) ? -1 : 1;
			expect(ind.growth.value, ind.id).toBe(sign * bracketed(ind.growth.raw));
			expect(base(ind.id) + ind.growth.value!, ind.id).toBeCloseTo(target(ind.id), 10);
			// a change in the row's own units moves the level linearly
			expect(ind.kind, ind.id).toBe('pp');
		}
	});

	it('reads 〔8310〕 as a five-year total of affordable homes in the growth column', () => {
		const housing = byId('affordable-housing');
		expect(housing.kind).toBe('cumulative');
		expect(housing.growth).toEqual({
			raw: '〔8310〕',
			value: 8310,
			kind: 'cumulativeSum',
			line: 457
		});
		expect(parseGrowthText(housing.growth.raw)).toEqual({ value: 8310, kind: 'unknown' });
	});

	it('models the three five-year totals as cumulative rows', () => {
		const cumulative = table.indicators.filter((ind) => ind.kind === 'cumulative');
		expect(cumulative.map((ind) => ind.id)).toEqual([
			'fixed-asset-investment',
			'new-urban-jobs',
			'affordable-housing'
		]);
		for (const ind of cumulative) {
			const total = ind.growth.kind === 'cumulativeSum' ? ind.growth.raw : ind.target.raw;
			expect(total, ind.id).toMatch(/^〔.*〕$/);
		}
	});

	it('gives qualitative cells no value, never 0, and models their rows as qualitative', () => {
		expectQualitativeRowsAsSuch(table);
		const qualitative = table.indicators.filter((ind) => ind.kind === 'qualitative');
		expect(qualitative.map((ind) => ind.id)).toEqual(['carbon-intensity']);
		expect(byId('carbon-intensity').target).toEqual({
			raw: '完成省',
			value: null,
			qualitative: true,
			line: 381
		});
	});

	it('marks the lower-is-better indicators', () => {
		const lower = table.indicators.filter((ind) => ind.direction === 'lower').map((ind) => ind.id);
		expect(lower).toEqual([
			'energy-intensity',
			'water-use-per-industrial-va',
			'carbon-intensity',
			'major-pollutant-emissions',
			...POLLUTANTS,
			'urban-unemployment-rate',
			'natural-population-growth',
			'work-safety-death-rate'
		]);
	});
});

describe('jinhua-12th: rows printing fewer values than columns', () => {
	it('education-spending-share: the one figure "﹥21" sits between two empty cells, so it is the target', () => {
		const ind = byId('education-spending-share');
		expect(ind.values['2010']).toBeNull();
		expect(ind.target).toEqual({ raw: '﹥21', value: 21, comparator: '>', line: 338 });
		expect(ind.growth).toEqual({ raw: '', value: null, kind: 'none', line: 339 });
		// 2010 on line 337, target 338, growth 339, attribute 340
		expect(ind.lines).toEqual([336, 340]);
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('carbon-intensity: empty 2010 and growth cells around the qualitative target', () => {
		const ind = byId('carbon-intensity');
		expect(ind.values['2010']).toBeNull();
		expect(ind.growth.line).toBe(383);
		expect(ind.lines).toEqual([379, 384]);
	});

	it('major-pollutant-emissions: a heading with no cells; its pollutants carry the numbers', () => {
		const ind = byId('major-pollutant-emissions');
		expect(ind.values['2010']).toBeNull();
		expect(ind.target).toEqual({ raw: '', value: null, line: 394 });
		expect(ind.growth).toEqual({ raw: '', value: null, kind: 'none', line: 394 });
		for (const id of POLLUTANTS) expect(byId(id).unit, id).toBe(ind.unit);
	});

	it('so2-emissions: target printed "—", so the level comes from the decline: 29364 × (1 − 13.1 %) = 25517.3', () => {
		const ind = byId('so2-emissions');
		expect(ind.target).toEqual({ raw: '—', value: null, line: 413 });
		expect(base(ind.id) * (1 - ind.growth.value!)).toBeCloseTo(25517.316, 6);
	});

	it('ammonia-nitrogen-emissions and nox-emissions: no 2010 level, so no target level either', () => {
		for (const id of ['ammonia-nitrogen-emissions', 'nox-emissions']) {
			const ind = byId(id);
			expect(ind.values['2010'], id).toMatchObject({ raw: '—', value: null });
			expect(ind.target.value, id).toBeNull();
			expect(ind.growth.kind, id).toBe('cumulativeDecline');
		}
		expect(byId('nox-emissions').target.raw).toBe('—');
	});

	it('affordable-housing: 2010 and target printed "—"; only the five-year total 〔8310〕 is given (noted)', () => {
		const ind = byId('affordable-housing');
		expect(ind.values['2010']).toEqual({ raw: '—', value: null, line: 455 });
		expect(ind.target).toEqual({ raw: '—', value: null, line: 456 });
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('natural-population-growth: the 2010 column prints the ceiling "6以内", kept as ≤ 6 (noted)', () => {
		const ind = byId('natural-population-growth');
		expect(ind.values['2010']).toEqual({ raw: '6以内', value: 6, comparator: '<=', line: 462 });
		expect(ind.target).toEqual({ raw: '6以内', value: 6, comparator: '<=', line: 463 });
		expect(ind.notes?.length).toBeGreaterThan(0);
	});
});

describe('jinhua-12th: rates that reproduce from the levels', () => {
	it('fiscal revenue, local fiscal revenue, retail sales and rural income match their printed rates', () => {
		expect(cagr(272.7, 420)).toBeCloseTo(0.09, 3);
		expect(cagr(155.9, 240)).toBeCloseTo(0.09, 3);
		expect(cagr(916, 1544)).toBeCloseTo(0.11, 3);
		expect(cagr(10201, 16400)).toBeCloseTo(0.1, 3);
		for (const id of ['fiscal-revenue', 'local-fiscal-revenue', 'retail-sales', 'rural-net-income'])
			expect(cagr(base(id), target(id)), id).toBeCloseTo(byId(id).growth.value!, 3);
	});

	it('fixed-asset-investment: 778 growing 9 % a year sums to 〔5075〕 over 2011–2015 (noted)', () => {
		const ind = byId('fixed-asset-investment');
		let sum = 0;
		for (let k = 1; k <= 5; k++) sum += base(ind.id) * (1 + ind.growth.value!) ** k;
		expect(sum).toBeCloseTo(5075.15, 2);
		expect(Math.round(sum)).toBe(target(ind.id));
		expect(ind.notes?.length).toBeGreaterThan(0);
	});

	it('the bare growth numbers are amounts a year: base + amount × 5 = target', () => {
		for (const id of ['urbanization-rate', 'forest-stock', 'pension-insured', 'medical-insured']) {
			const ind = byId(id);
			expect(ind.kind, id).toBe('pp');
			expect(base(id) + ind.growth.value! * 5, id).toBeCloseTo(target(id), 10);
			expect(ind.notes?.length, id).toBeGreaterThan(0);
		}
		expect(byId('urbanization-rate').target.comparator).toBe('≈');
		// read as compound rates they would be far off
		expect(cagr(2500, 3050)).toBeCloseTo(0.0406, 4);
		expect(cagr(275.5, 325)).toBeCloseTo(0.0336, 4);
		expect(cagr(137.1, 168)).toBeCloseTo(0.0415, 4);
	});

	it('new-urban-jobs: "6" a year is the total 〔30万〕 over five years, below the 6.8 of 2010', () => {
		const ind = byId('new-urban-jobs');
		expect(ind.growth).toEqual({ raw: '6', value: 6, kind: 'flowPerYear', line: 429 });
		expect(parseGrowthText(ind.growth.raw)).toEqual({ value: 6, kind: 'unknown' });
		expect(table.indicators.filter((i) => i.growth.kind === 'flowPerYear')).toEqual([ind]);
		expect(ind.growth.value! * 5).toBe(target(ind.id));
		expect(base(ind.id)).toBeGreaterThan(ind.growth.value!);
	});
});

describe('jinhua-12th: notes on rates that do not reproduce', () => {
	it('gdp: 2095 → 3370 is 9.97 % a year, just 10 % real compounded, so the implied deflator is about 0', () => {
		expect(cagr(2095, 3370)).toBeCloseTo(0.0997, 4);
		expect(2095 * 1.1 ** 5).toBeCloseTo(3374, 0);
		const deflator = (3370 / 2095) ** (1 / 5) / 1.1 - 1;
		expect(Math.abs(deflator)).toBeLessThan(0.0005);
		expect(byId('gdp').notes?.length).toBeGreaterThan(0);
	});

	it('gdp-per-capita: 45031 → 70560 is 9.40 % a year, printed 9.5 %; the implied registered population explains it', () => {
		expect(cagr(45031, 70560)).toBeCloseTo(0.094, 3);
		expect(45031 * 1.095 ** 5).toBeCloseTo(70890, -1);
		const pop2010 = (2095e8 / 45031) * 1e-4;
		const pop2015 = (3370e8 / 70560) * 1e-4;
		expect(pop2010).toBeCloseTo(465.2, 1);
		expect(pop2015).toBeCloseTo(477.6, 1);
		expect(1.1 / (1 + cagr(pop2010, pop2015)) - 1).toBeCloseTo(0.094, 3);
		expect(byId('gdp-per-capita').notes?.length).toBeGreaterThan(0);
	});

	it('imports-exports: 132 → 210 is 9.73 % a year, printed 10 % (212.6 at 10 %)', () => {
		expect(cagr(132, 210)).toBeCloseTo(0.0973, 4);
		expect(132 * 1.1 ** 5).toBeCloseTo(212.6, 1);
		expect(byId('imports-exports').notes?.length).toBeGreaterThan(0);
	});

	it('urban-disposable-income: 25029 → 39200 is 9.39 % a year, printed 9.5 % (39402 at 9.5 %)', () => {
		expect(cagr(25029, 39200)).toBeCloseTo(0.0939, 4);
		expect(25029 * 1.095 ** 5).toBeCloseTo(39402, 0);
		expect(byId('urban-disposable-income').notes?.length).toBeGreaterThan(0);
	});

	it('energy-intensity: the printed 3.6 % a year is 18 % ÷ 5; compounded it cuts only 16.7 % (needs 3.89 %)', () => {
		const ind = byId('energy-intensity');
		expect(ind.growth).toEqual({
			raw: '下降〔18%〕',
			value: 0.18,
			comparator: '≈',
			kind: 'cumulativeDecline',
			line: 366
		});
		expect(base(ind.id) * (1 - 0.18)).toBeCloseTo(0.6068, 10);
		expect(3.6 * 5).toBeCloseTo(18, 10);
		expect(1 - 0.964 ** 5).toBeCloseTo(0.167, 3);
		expect(base(ind.id) * 0.964 ** 5).toBeCloseTo(0.616, 3);
		expect(cagr(1, 0.82)).toBeCloseTo(-0.0389, 4);
		expect(ind.notes).toHaveLength(2);
	});

	it('cod-emissions: 12.2 % of the total gives 21479.4 t; the 〔12.9%〕 beside it covers only industry plus households', () => {
		const ind = byId('cod-emissions');
		expect(base(ind.id) * (1 - ind.growth.value!)).toBeCloseTo(21479.392, 6);
		expect(base(ind.id) * (1 - 0.129)).toBeCloseTo(21308.1, 1);
		expect(ind.notes).toHaveLength(2);
		expect(byId('ammonia-nitrogen-emissions').notes).toHaveLength(2);
	});
});

describe('jinhua-12th: source layout', () => {
	const title = haveSeeds
		? 'cells split over two lines and empty cells sit where the notes say'
		: 'source layout check skipped: the seeds are missing (../shared/seeds)';

	it.skipIf(!haveSeeds)(title, () => {
		const lines = readFileSync(seedUrl, 'utf8').split('\n');
		const at = (n: number) => lines[n - 1] ?? '';
		expect(at(256)).toContain('表2');
		// continuations of the two split cells
		expect(at(367).trim()).toBe('左右');
		expect(at(368)).toContain('下降3.6%左右');
		expect(at(382).trim()).toBe('下达指标');
		// empty cells of the two short rows
		for (const n of [337, 339, 380, 383]) expect(at(n).trim(), `line ${n}`).toBe('');
		// the industry-plus-household declines kept in notes
		expect(at(398)).toContain('其中工业加生活减少〔12.9%〕');
		expect(at(406)).toContain('其中工业加生活减少〔14%〕');
		// the table notes close the table
		expect(at(496).startsWith('注')).toBe(true);
		expect(at(498).trim().length).toBeGreaterThan(0);
		expect(at(497).trim()).toBe('');
	});
});
