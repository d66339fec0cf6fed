/**
 * The prose-figure sets of Jinhua city: the 2011 main work tasks (seed 004), the 2020 government
 * work report (seed 003) and the 14th-FYP mid-term evaluation (seed 002). Each file parses with
 * the schema, keeps ids unique and figures in seed order, stores the number its raw text says,
 * and links only to indicators of Jinhua's 12th-FYP table (the plan the 2011 tasks belong to).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseGrowthText, parseValueText } from '../../src/lib/model/cell-text';
import type { ProseFigure, ProseSet } from '../../src/lib/model/prose';
import type { Comparator } from '../../src/lib/model/table';
import { proseSetSchema } from '../../src/lib/tables/prose-schema';
import { loadTable } from './load-table';

const TASKS_2011 = 'prose-jinhua-2011-tasks.json';
const REPORT_2020 = 'prose-jinhua-2020-report.json';
const MIDTERM = 'prose-jinhua-14th-midterm.json';
const FILES = [TASKS_2011, REPORT_2020, MIDTERM];

/** The only table these figures may link to: same region (Jinhua city), same plan (12th FYP). */
const LINKED_TABLE = 'jinhua-12th';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const haveSeeds = existsSync(seedsDir);

function load(file: string): ProseSet {
	const json: unknown = JSON.parse(
		readFileSync(new URL(`../../static/data/${file}`, import.meta.url), 'utf8')
	);
	const parsed = v.safeParse(proseSetSchema, json);
	if (!parsed.success)
		throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
	return parsed.output;
}

function seedLines(file: string): string[] {
	return readFileSync(new URL(file, seedsDir), 'utf8').split('\n');
}

function figure(set: ProseSet, id: string): ProseFigure {
	const found = set.figures.find((f) => f.id === id);
	if (!found) throw new Error(`${set.id}: no figure ${id}`);
	return found;
}

/** Avoids binary noise such as 1.77 / 100 = 0.017700000000000001. */
function fraction(percent: number): number {
	return Number((percent / 100).toPrecision(12));
}

/**
 * Figures whose number follows a 下降 printed once for several numbers ("刑事、治安案件分别下降
 * 26.9%、12.6%"): the raw holds only the bare rate, the figure stores the decline as negative.
 */
const SHARED_DECLINE = new Set([
	'public-security-cases-change-2019',
	'accident-deaths-change-2019'
]);

/** Raw texts that are not a plain form, each with the reason; their numbers are pinned below. */
const NOT_PLAIN: Record<string, string> = {
	'gdp-growth-2020-target-low': 'a range "增长6%—6.5%": the lower bound, stored as ≥ 6 %',
	'gdp-growth-2020-target-high': 'a range "增长6%—6.5%": the upper bound, stored as ≤ 6.5 %'
};

/** Comparator words the parsers do not read, written as the signs they mean before parsing. */
const WORDS: [RegExp, string][] = [
	[/^不低于/, '≥'],
	[/^(超过|突破)/, '＞'],
	[/^减少/, '下降']
];

const UNITS_THE_PARSERS_READ = new Set(['%', '个百分点', '']);

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What a figure's raw text says, by the rule the data follows:
 * - whitespace is ignored; the unit is dropped where it follows the number ("6万人" → "6",
 *   "6‰以内" → "6以内"), except "%" and "个百分点", which the parsers read themselves;
 * - 不低于 reads as ≥, 超过 / 突破 as ＞, 减少 as 下降;
 * - measure 'growth': parseGrowthText must read a rate (kind 'cagr'); the figure stores the
 *   fraction it gives ("增长8.1%" → 0.081, "下降 26.9%" → −0.269);
 * - measure 'points' in 个百分点: parseGrowthText must read points (kind 'ppPerYear'), stored as
 *   points ("降低 0.5 个百分点" → −0.5);
 * - anything else: parseValueText; a number printed with % is stored as a fraction ("4%以内" →
 *   0.04, "55%以上" → 0.55), every other unit as printed ("6‰以内" → 6, "85.66 分" → 85.66,
 *   "4559.9亿元" → 4559.9). So every figure in unit "%" holds a fraction, whatever its measure;
 * - a decline "or more" (减少5%以上): the parser reads −0.05 with ≥ on the size of the fall; the
 *   figure stores the signed change, −0.05, with ≤ (a change of −5 % or less), and > becomes <;
 * - a rate after a shared 下降 (SHARED_DECLINE) is stored negative.
 * Returns null when the text is not a plain form.
 */
function readRaw(f: ProseFigure): { value: number | null; comparator?: Comparator } | null {
	let text = f.raw.replace(/\s+/g, '');
	for (const [word, sign] of WORDS) text = text.replace(word, sign);
	if (!UNITS_THE_PARSERS_READ.has(f.unit))
		text = text.replace(new RegExp(`(\\d)${escapeRegExp(f.unit)}`), '$1');

	if (f.measure === 'growth') {
		const g = parseGrowthText(text);
		if (g.kind !== 'cagr' || g.value === null) return null;
		let value = SHARED_DECLINE.has(f.id) ? -g.value : g.value;
		value = Number(value.toPrecision(12));
		let comparator = g.comparator;
		if (value < 0 && comparator === '>=') comparator = '<=';
		else if (value < 0 && comparator === '>') comparator = '<';
		return comparator ? { value, comparator } : { value };
	}
	if (f.measure === 'points' && f.unit === '个百分点') {
		const g = parseGrowthText(text);
		if (g.kind !== 'ppPerYear') return null;
		return g.comparator ? { value: g.value, comparator: g.comparator } : { value: g.value };
	}
	const p = parseValueText(text);
	if (p.value === null) return null;
	const value = f.unit === '%' ? fraction(p.value) : p.value;
	return p.comparator ? { value, comparator: p.comparator } : { value };
}

const sets = FILES.map((file) => ({ file, set: load(file) }));
const byFile = new Map(sets.map(({ file, set }) => [file, set]));
const tasks = byFile.get(TASKS_2011)!;
const report = byFile.get(REPORT_2020)!;
const midterm = byFile.get(MIDTERM)!;

describe('prose-figure sets of Jinhua city', () => {
	for (const { file, set } of sets) {
		describe(file, () => {
			it('parses with the schema, is named after its id and has figures', () => {
				expect(file).toBe(`${set.id}.json`);
				expect(set.type).toBe('proseFigures');
				expect(set.figures.length).toBeGreaterThan(20);
			});

			it('keeps figure ids unique', () => {
				const ids = set.figures.map((f) => f.id);
				expect(new Set(ids).size).toBe(ids.length);
			});

			it('keeps figures in line order', () => {
				const lines = set.figures.map((f) => f.line);
				expect(lines).toEqual([...lines].sort((a, b) => a - b));
			});

			it.skipIf(!haveSeeds)('keeps figures of one line in the order they are printed', () => {
				const lines = seedLines(set.source.file);
				let line = 0;
				let from = 0;
				for (const f of set.figures) {
					if (f.line !== line) [line, from] = [f.line, 0];
					const at = (lines[f.line - 1] ?? '').indexOf(f.raw, from);
					expect(at, `${f.id} "${f.raw}" after position ${from}`).toBeGreaterThanOrEqual(0);
					from = at;
				}
			});

			it('gives every figure a number and prints its unit in the raw text', () => {
				for (const f of set.figures) {
					expect(f.value, f.id).not.toBeNull();
					const squeezed = f.raw.replace(/\s+/g, '');
					if (f.unit !== '') expect(squeezed, f.id).toContain(f.unit);
					if (squeezed.includes('%')) expect(f.unit, f.id).toBe('%');
					if (f.measure === 'growth') expect(f.unit, f.id).toBe('%');
				}
			});

			it('stores the number and comparator its raw text says', () => {
				for (const f of set.figures) {
					const read = readRaw(f);
					if (f.id in NOT_PLAIN) {
						expect(read, `${f.id} is listed as not plain`).toBeNull();
						continue;
					}
					expect(read, `${f.id} "${f.raw}" is not a plain form`).not.toBeNull();
					expect({ value: f.value, comparator: f.comparator }, `${f.id} "${f.raw}"`).toEqual({
						value: read!.value,
						comparator: read!.comparator
					});
				}
			});

			it('links only to indicators of the Jinhua 12th-FYP table that exist', () => {
				const ids = new Set(loadTable(`${LINKED_TABLE}.json`).indicators.map((i) => i.id));
				for (const f of set.figures) {
					if (!f.indicator) continue;
					expect(f.indicator.table, f.id).toBe(LINKED_TABLE);
					expect(ids.has(f.indicator.id), `${f.id} → ${f.indicator.id}`).toBe(true);
				}
			});
		});
	}

	it('lists as not plain only figures that exist', () => {
		const all = new Set(sets.flatMap(({ set }) => set.figures.map((f) => f.id)));
		for (const id of [...Object.keys(NOT_PLAIN), ...SHARED_DECLINE])
			expect(all.has(id), id).toBe(true);
	});
});

describe(TASKS_2011, () => {
	it('holds 2011 targets only', () => {
		for (const f of tasks.figures) expect([f.year, f.kind], f.id).toEqual([2011, 'target']);
	});

	it('pins the main 2011 targets', () => {
		expect(figure(tasks, 'gdp-growth-2011-target')).toMatchObject({
			raw: '增长10%',
			line: 9,
			value: 0.1,
			measure: 'growth',
			indicator: { table: LINKED_TABLE, id: 'gdp' }
		});
		expect(figure(tasks, 'rd-intensity-2011-target')).toMatchObject({
			raw: '1.5%左右',
			value: 0.015,
			comparator: '≈',
			measure: 'share'
		});
		expect(figure(tasks, 'urban-unemployment-rate-2011-target')).toMatchObject({
			raw: '4%以内',
			value: 0.04,
			comparator: '<=',
			indicator: { table: LINKED_TABLE, id: 'urban-unemployment-rate' }
		});
		expect(figure(tasks, 'natural-population-growth-rate-2011-target')).toMatchObject({
			raw: '6‰以内',
			value: 6,
			comparator: '<=',
			unit: '‰'
		});
		expect(figure(tasks, 'new-urban-jobs-2011-target')).toMatchObject({
			raw: '6万人',
			value: 6,
			unit: '万人',
			indicator: { table: LINKED_TABLE, id: 'new-urban-jobs' }
		});
		expect(figure(tasks, 'fertilizer-use-change-2011-target')).toMatchObject({
			raw: '减少5%以上',
			value: -0.05,
			comparator: '<='
		});
	});

	it('links the main targets to the 12th-FYP indicators they belong to', () => {
		const links = Object.fromEntries(
			tasks.figures.filter((f) => f.indicator).map((f) => [f.id, f.indicator!.id])
		);
		expect(links).toMatchObject({
			'local-fiscal-revenue-growth-2011-target': 'local-fiscal-revenue',
			'fixed-asset-investment-growth-2011-target': 'fixed-asset-investment',
			'retail-sales-growth-2011-target': 'retail-sales',
			'urban-income-growth-2011-target': 'urban-disposable-income',
			'rural-income-growth-2011-target': 'rural-net-income',
			'rd-intensity-2011-target': 'rd-intensity',
			'services-share-of-gdp-2011-target': 'tertiary-share'
		});
		// Exports alone are not the table's imports-and-exports total.
		expect(figure(tasks, 'exports-growth-2011-target').indicator).toBeUndefined();
	});
});

describe(REPORT_2020, () => {
	it('holds 2019 results and 2020 targets, and no links (no Jinhua 13th-FYP table)', () => {
		for (const f of report.figures) {
			expect(f.year, f.id).toBe(f.kind === 'actual' ? 2019 : 2020);
			expect(f.indicator, f.id).toBeUndefined();
		}
	});

	it('pins the 2020 GDP growth range and the main 2020 targets', () => {
		const low = figure(report, 'gdp-growth-2020-target-low');
		const high = figure(report, 'gdp-growth-2020-target-high');
		for (const f of [low, high])
			expect(f).toMatchObject({ raw: '增长6%—6.5%', line: 91, kind: 'target', year: 2020 });
		expect([low.value, low.comparator]).toEqual([0.06, '>=']);
		expect([high.value, high.comparator]).toEqual([0.065, '<=']);
		expect(figure(report, 'rd-intensity-2020-target')).toMatchObject({ value: 0.02, line: 91 });
		expect(figure(report, 'urban-unemployment-rate-2020-target')).toMatchObject({
			raw: '2.5%以内',
			value: 0.025,
			comparator: '<='
		});
	});

	it('pins the 2019 results', () => {
		expect(figure(report, 'gdp-2019')).toMatchObject({
			raw: '4559.9亿元',
			line: 19,
			value: 4559.9,
			kind: 'actual'
		});
		expect(figure(report, 'gdp-growth-2019')).toMatchObject({ value: 0.065, line: 19 });
		expect(figure(report, 'urban-disposable-income-2019').value).toBe(59348);
		expect(figure(report, 'rural-disposable-income-2019').value).toBe(28511);
		expect(figure(report, 'urban-unemployment-rate-2019').value).toBe(0.0177);
		expect(figure(report, 'public-security-cases-change-2019').value).toBe(-0.126);
	});
});

describe(MIDTERM, () => {
	it('holds actuals of 2020–2023 and no links (no Jinhua 14th-FYP table)', () => {
		for (const f of midterm.figures) {
			expect(f.kind, f.id).toBe('actual');
			expect(f.year, f.id).toBeGreaterThanOrEqual(2020);
			expect(f.year, f.id).toBeLessThanOrEqual(2023);
			expect(f.indicator, f.id).toBeUndefined();
		}
	});

	it('pins the 2022 actuals the evaluation quotes', () => {
		expect(figure(midterm, 'gdp-2022')).toMatchObject({
			raw: '5562.47 亿元',
			line: 23,
			value: 5562.47,
			year: 2022
		});
		expect(figure(midterm, 'gdp-per-capita-2022')).toMatchObject({ value: 78086, year: 2022 });
		expect(figure(midterm, 'fixed-asset-investment-growth-2022').value).toBe(0.135);
		expect(figure(midterm, 'services-share-of-gdp-2022').value).toBe(0.552);
		expect(figure(midterm, 'rd-intensity-gap-2022')).toMatchObject({
			value: 0.65,
			unit: '个百分点',
			measure: 'points'
		});
		expect(figure(midterm, 'gdp-2023-h1')).toMatchObject({ value: 2733.03, year: 2023 });
	});

	it('pins the schedule counts, which add up to the 37 indicators', () => {
		const n = (id: string) => figure(midterm, id).value ?? NaN;
		expect(n('indicators-total')).toBe(37);
		expect(n('indicators-on-schedule')).toBe(24);
		expect(n('indicators-on-schedule-expected') + n('indicators-on-schedule-binding')).toBe(24);
		expect(n('indicators-achieved-early')).toBe(9);
		expect(
			n('indicators-on-schedule') +
				n('indicators-behind-expected') +
				n('indicators-behind-binding') +
				n('indicators-not-assessed')
		).toBe(37);
	});
});
