import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModel, ModelError, type Model } from '../../src/lib/engine';
import { planTables } from '../data-files';
import { expectedDefaults } from './oracle';
import { loadTable } from './load-table';

const table = loadTable('jindong-14th.json');
let model: Model;

/** The engine rounds results to about 11 significant digits; compare relatively. */
function close(got: number | null, want: number, label = ''): void {
	expect(got, label).not.toBeNull();
	expect(Math.abs(got! - want), `${label} ${got} vs ${want}`).toBeLessThanOrEqual(
		1e-9 * Math.max(1, Math.abs(want))
	);
}

beforeEach(() => {
	model = createModel(table);
});
afterEach(() => model.destroy());

describe('every table of the data set', () => {
	for (const { file, table: t } of planTables()) {
		it(`${file}: computes every derived value of every numeric indicator as the reference arithmetic does`, () => {
			const m = createModel(t);
			try {
				const deflator = m.assumptions().find((x) => x.key === 'deflator')!.value as number;
				for (const ind of t.indicators.filter((i) => i.kind !== 'qualitative')) {
					if (ind.values[String(t.baseYear)]?.value == null) continue;
					const expected = expectedDefaults(t, ind, deflator);
					const got = m.derived(ind.id);
					for (const key of [
						'targetLevel',
						'projected',
						'gap',
						'requiredGrowth',
						'achievedGrowth',
						'progress',
						'timeProgress'
					] as const) {
						const want = expected[key];
						if (want === null) expect(got[key], `${ind.id}.${key}`).toBeNull();
						else close(got[key], want, `${ind.id}.${key}`);
					}
					expect(got.status, `${ind.id}.status`).toBe(expected.status);
				}
			} finally {
				m.destroy();
			}
		});
	}
});

describe('createModel on the Jindong 14th-FYP table', () => {
	it('has 37 numeric indicators', () => {
		expect(table.indicators.filter((i) => i.kind !== 'qualitative')).toHaveLength(37);
	});

	it('marks the two 完成上级任务 rows qualitative, with no number anywhere', () => {
		for (const id of ['energy-intensity-cut', 'carbon-intensity-cut']) {
			const d = model.derived(id);
			expect(d.status).toBe('qualitative');
			expect(d.projected).toBeNull();
			expect(d.targetLevel).toBeNull();
			expect(() => model.set(id, 'assumed', 0.05)).toThrow(ModelError);
		}
	});

	it('needs 6.4 % a year for 人才资源总量 from 7.35 to 10, as the plan states', () => {
		const d = model.derived('talent-pool');
		close(d.requiredGrowth, (10 / 7.35) ** (1 / 5) - 1);
		expect(d.requiredGrowth!).toBeCloseTo(0.064, 3);
		expect(model.formula('talent-pool', 'required')).toBe('=(H6/F6)^(1/(TargetYear-E6))-1');
	});

	it('needs 1.7 points a year for 常住人口城镇化率 from 66.5 to 75, as the plan states', () => {
		const d = model.derived('urbanization-rate');
		close(d.requiredGrowth, 1.7);
		expect(model.formula('urbanization-rate', 'required')).toBe('=(H4-F4)/(TargetYear-E4)');
	});

	it('derives the deflator the plan implies: 258 → 500 亿元 at 8.5 % real growth needs about 5.2 % a year', () => {
		const deflator = model.assumptions().find((a) => a.key === 'deflator')!;
		const implied = (500 / 258) ** (1 / 5) / 1.085 - 1;
		close(deflator.implied as number, implied);
		close(deflator.value as number, implied);
		expect(implied).toBeCloseTo(0.0521, 4);
		close(model.derived('gdp').projected, 500);
		expect(model.derived('gdp').status).toBe('onTrack');
	});

	it('projects nominal GDP with (1 + real growth)(1 + deflator), and reads required growth in real terms', () => {
		model.setAssumption('deflator', 0.02);
		close(model.derived('gdp').projected, 258 * (1.085 * 1.02) ** 5);
		close(model.derived('gdp').requiredGrowth, (500 / 258) ** (1 / 5) / 1.02 - 1);
		model.setAssumption('deflator', null);
		close(model.derived('gdp').projected, 500);
		// rows at their own prices are untouched by the deflator
		model.setAssumption('deflator', 0.5);
		close(model.derived('talent-pool').projected, 7.35 * 1.064 ** 5);
	});

	it('rejects an impossible deflator or tolerance, changing nothing', () => {
		expect(() => model.setAssumption('deflator', -1)).toThrow(ModelError);
		expect(() => model.setAssumption('aboutTolerance', 2)).toThrow(ModelError);
		close(model.derived('gdp').projected, 500);
	});

	it('recomputes a CAGR indicator when its assumed growth changes', () => {
		model.setAssumption('deflator', 0);
		const changed = model.set('gdp', 'assumed', 0.06);
		expect(changed).toContain('gdp');
		const d = model.derived('gdp');
		close(d.projected, 258 * 1.06 ** 5);
		close(d.gap, 500 - 258 * 1.06 ** 5);
		expect(d.status).toBe('behind');
		expect(model.formula('gdp', 'projected')).toBe('=F2*((1+G2)*(1+Deflator))^(TargetYear-E2)');
		expect(model.row('gdp').edited).toEqual({ assumed: true });
	});

	it('recomputes a percentage-point indicator after a newer actual is entered', () => {
		model.set('urbanization-rate', 'latestYear', 2022);
		model.set('urbanization-rate', 'latestValue', 70);
		const d = model.derived('urbanization-rate');
		close(d.achievedGrowth, (70 - 66.5) / 2);
		close(d.requiredGrowth, (75 - 70) / 3);
		close(d.projected, 70 + 1.7 * 3);
		close(d.progress, 3.5 / 8.5);
		close(d.timeProgress, 2 / 5);
		expect(d.status).toBe('onTrack');
	});

	it('reads a level that moved away from its target as moving away', () => {
		model.set('pm25', 'latestYear', 2022);
		model.set('pm25', 'latestValue', 31);
		expect(model.derived('pm25').status).toBe('movingAway');
		expect(model.derived('pm25').gap!).toBeGreaterThan(0);
	});

	it('signs the gap so that positive means short of target, for lower-is-better too', () => {
		// PM2.5 at −2.6 % a year from 29 reaches 25.4, below the ≤28 ceiling: ahead, so negative
		close(model.derived('pm25').gap, 29 * 0.974 ** 5 - 28);
		expect(model.derived('pm25').gap!).toBeLessThan(0);
		model.set('pm25', 'assumed', 0.01);
		expect(model.derived('pm25').gap!).toBeGreaterThan(0);
	});

	it('honours a strict comparator: >218 is not met by staying at 218', () => {
		expect(model.derived('energy-reserve-capacity').status).toBe('behind');
		model.set('energy-reserve-capacity', 'assumed', 0.001);
		expect(model.derived('energy-reserve-capacity').status).toBe('onTrack');
	});

	it('keeps cumulative targets as a running total: 3 亿美元 over 2021–2025 needs 0.6 a year', () => {
		const d = model.derived('fdi-utilized');
		close(d.requiredGrowth, 0.6);
		close(d.projected, 0.16 * 5);
		model.set('fdi-utilized', 'latestYear', 2023);
		model.set('fdi-utilized', 'latestValue', 1.5);
		close(model.derived('fdi-utilized').requiredGrowth, 0.75);
	});

	it('accepts a formula as an input and restores the published default with null', () => {
		model.setAssumption('deflator', 0);
		model.set('gdp', 'assumed', '=D2-0.01');
		close(model.derived('gdp').projected, 258 * 1.075 ** 5);
		model.set('gdp', 'assumed', null);
		expect(model.formula('gdp', 'assumed')).toBe('=D2');
		expect(model.row('gdp').edited).toEqual({});
	});

	it('restores a default that computes to no number (a row the table prints no base for)', () => {
		const t = loadTable('jinhua-12th.json');
		const m = createModel(t);
		try {
			const id = 'education-spending-share';
			expect(m.row(id).cells.latestValue).toBeNull();
			m.set(id, 'latestValue', 5);
			m.set(id, 'latestValue', null);
			expect(m.row(id).cells.latestValue).toBeNull();
			expect(m.row(id).edited).toEqual({});
		} finally {
			m.destroy();
		}
	});

	it('rejects a bad formula, an error result and an impossible year, changing nothing', () => {
		const before = model.derived('gdp');
		expect(() => model.set('gdp', 'assumed', '=1+')).toThrow(/formula/i);
		expect(() => model.set('gdp', 'assumed', '=1/0')).toThrow(ModelError);
		expect(() => model.set('gdp', 'latestYear', 2031)).toThrow(/2020 to 2025/);
		expect(() => model.set('gdp', 'latestYear', 2021.5)).toThrow(ModelError);
		expect(model.derived('gdp')).toEqual(before);
		expect(model.formula('gdp', 'assumed')).toBe('=D2');
	});

	it('refuses functions outside the allowed set, whatever the case or spacing', () => {
		for (const f of ['=WEBSERVICE("http://x")', '=webservice ("x")', '=D2+HYPERLINK("x")'])
			expect(() => model.set('gdp', 'assumed', f), f).toThrow(/Not allowed here/);
		expect(() => model.set('gdp', 'assumed', '=IF(D2>0,"WEBSERVICE(",D2)')).toThrow(ModelError);
		model.set('gdp', 'assumed', '=MAX(D2,0.05)');
		expect(model.formula('gdp', 'assumed')).toBe('=MAX(D2,0.05)');
	});

	it('a refusal carries a detail in no language, beside its English message', () => {
		const detail = (f: () => unknown) => {
			try {
				f();
			} catch (e) {
				return (e as ModelError).detail;
			}
			return null;
		};
		expect(detail(() => model.set('gdp', 'assumed', '=webservice("x")'))).toBe('WEBSERVICE');
		expect(detail(() => model.set('gdp', 'assumed', '=1+'))).toBe('=1+');
		expect(detail(() => model.set('gdp', 'assumed', '=1/0'))).toBe('#DIV/0!');
		expect(detail(() => model.set('gdp', 'latestYear', 2031))).toBe('2020–2025');
		expect(detail(() => model.setAssumption('deflator', -2))).toBe('> −100%');
	});

	it('names the cells and constants a formula reads', () => {
		model.setAssumption('deflator', 0.02);
		const d = model.describe('gdp', 'projected');
		expect(d.formula).toBe('=F2*((1+G2)*(1+Deflator))^(TargetYear-E2)');
		expect(d.refs.map((r) => [r.address, r.column, r.value])).toEqual([
			['F2', 'latestValue', 258],
			['G2', 'assumed', 0.085],
			['E2', 'latestYear', 2020]
		]);
		expect(d.names).toEqual([
			{ name: 'TargetYear', value: 2025 },
			{ name: 'Deflator', value: 0.02 }
		]);
	});

	it('refuses unknown indicators and computed columns as inputs', () => {
		expect(() => model.set('nope', 'assumed', 1)).toThrow(ModelError);
		// @ts-expect-error projected is not an input
		expect(() => model.set('gdp', 'projected', 1)).toThrow(/not an input/);
	});
});
