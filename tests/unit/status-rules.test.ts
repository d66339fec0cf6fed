/**
 * The status rules, each pinned on a real row: achieved early, on track,
 * behind, moving away, qualitative, no data; comparators including strict ones
 * and 左右 with its tolerance; and the per-table summary.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModel, type Model } from '../../src/lib/engine';
import { summarize } from '../../src/lib/model/summary';
import { isStatus } from '../../src/lib/model/status';
import { loadTable } from './load-table';

const j14 = loadTable('jindong-14th.json');
const j13 = loadTable('jindong-13th.json');
const j12 = loadTable('jinhua-12th.json');
let m14: Model;
let m13: Model;
let m12: Model;
beforeEach(() => {
	m14 = createModel(j14);
	m13 = createModel(j13);
	m12 = createModel(j12);
});
afterEach(() => {
	m14.destroy();
	m13.destroy();
	m12.destroy();
});

describe('status rules', () => {
	it('achieved early: the latest value already meets the target (空气质量优良天数比率 91.1 ≥ 91)', () => {
		expect(m14.derived('good-air-days').status).toBe('achieved');
	});

	it('on track: progress keeps pace with elapsed time (城镇化率 70 in 2022: 41 % of the way after 40 % of the time)', () => {
		m14.set('urbanization-rate', 'latestYear', 2022);
		m14.set('urbanization-rate', 'latestValue', 70);
		expect(m14.derived('urbanization-rate').status).toBe('onTrack');
	});

	it('behind: progress short of elapsed time (城镇化率 68 in 2022: 18 % of the way after 40 %)', () => {
		m14.set('urbanization-rate', 'latestYear', 2022);
		m14.set('urbanization-rate', 'latestValue', 68);
		expect(m14.derived('urbanization-rate').status).toBe('behind');
	});

	it('moving away: the value moved away from the target since the base year', () => {
		m14.set('urbanization-rate', 'latestYear', 2022);
		m14.set('urbanization-rate', 'latestValue', 66);
		expect(m14.derived('urbanization-rate').status).toBe('movingAway');
	});

	it('at the base year, the projection decides: on track when it meets the target, behind otherwise', () => {
		expect(m14.derived('talent-pool').status).toBe('onTrack');
		m14.set('talent-pool', 'assumed', 0.05);
		expect(m14.derived('talent-pool').status).toBe('behind');
	});

	it('qualitative: 完成上级任务 is judged by no number', () => {
		expect(m14.derived('energy-intensity-cut').status).toBe('qualitative');
	});

	it('no data: a row with no base value (财政教育经费支出占比) gets no status', () => {
		expect(m12.derived('education-spending-share').status).toBe('noData');
	});

	it('"≤28" is met at 28, "<3.5" is not met at 3.5', () => {
		m14.set('pm25', 'latestYear', 2023);
		m14.set('pm25', 'latestValue', 28);
		expect(m14.derived('pm25').status).toBe('achieved');
		m14.set('urban-unemployment-rate', 'latestYear', 2023);
		m14.set('urban-unemployment-rate', 'latestValue', 3.5);
		expect(m14.derived('urban-unemployment-rate').status).not.toBe('achieved');
		m14.set('urban-unemployment-rate', 'latestValue', 3.4);
		expect(m14.derived('urban-unemployment-rate').status).toBe('achieved');
	});

	it('"＞8.5 %" growth is met only above 8.5 %', () => {
		m14.set('disposable-income-growth', 'latestYear', 2023);
		m14.set('disposable-income-growth', 'latestValue', 8.5);
		expect(m14.derived('disposable-income-growth').status).not.toBe('achieved');
		m14.set('disposable-income-growth', 'latestValue', 8.6);
		expect(m14.derived('disposable-income-growth').status).toBe('achieved');
	});

	it('"63左右" is met within the tolerance, which the analyst can set', () => {
		m12.set('urbanization-rate', 'latestYear', 2014);
		m12.set('urbanization-rate', 'latestValue', 62);
		// |62 − 63| = 1 ≤ 2 % × 63 = 1.26
		expect(m12.derived('urbanization-rate').status).toBe('achieved');
		m12.setAssumption('aboutTolerance', 0.01);
		expect(m12.derived('urbanization-rate').status).not.toBe('achieved');
		m12.setAssumption('aboutTolerance', null);
		expect(m12.derived('urbanization-rate').status).toBe('achieved');
	});

	it('a cumulative decline target: 0.74 down 〔18%〕 is 0.607, needing about −3.9 % a year', () => {
		const d = m12.derived('energy-intensity');
		expect(d.targetLevel).toBeCloseTo(0.74 * 0.82, 9);
		expect(d.requiredGrowth).toBeCloseTo(0.82 ** (1 / 5) - 1, 9);
	});
});

describe('status on the completion tables and edge cases', () => {
	it('judges cumulative targets by the printed five-year totals', () => {
		// 实际使用外资 [2.41] against [2.5]: missed; 新增城镇就业 [5.0] against [1.5]: met
		expect(m13.derived('fdi-utilized').status).toBe('behind');
		expect(m13.derived('fdi-utilized').progress).toBeCloseTo(2.41 / 2.5, 9);
		expect(m13.derived('new-urban-jobs').status).toBe('achieved');
		// 保障性住房 [10055] against [10000], with no base-year flow printed
		expect(m13.derived('affordable-housing-units').status).toBe('achieved');
	});

	it('gives no status to an indicator whose actuals are only text (no longer compiled)', () => {
		expect(m13.derived('four-major-industries-output').status).toBe('noData');
	});

	it('takes the latest value from the year chosen, and none for a year the table does not print', () => {
		m13.set('gdp', 'latestYear', 2019);
		expect(m13.row('gdp').cells.latestValue).toBe(248);
		m14.set('gdp', 'latestYear', 2022);
		expect(m14.row('gdp').cells.latestValue).toMatchObject({ error: '#N/A' });
		expect(m14.derived('gdp').status).toBe('noData');
		m14.set('gdp', 'latestValue', 320);
		expect(m14.derived('gdp').status).toBe('behind');
	});

	it('reads "下降〔18%〕左右" as about its target level, within the tolerance', () => {
		m12.set('energy-intensity', 'latestYear', 2015);
		m12.set('energy-intensity', 'latestValue', 0.615);
		// target 0.74 × 0.82 = 0.6068; 0.615 is 1.3 % above it
		expect(m12.derived('energy-intensity').status).toBe('achieved');
		m12.setAssumption('aboutTolerance', 0.01);
		expect(m12.derived('energy-intensity').status).not.toBe('achieved');
	});

	it('a target equal to its base: unchanged is behind, worse is moving away, never a division error', () => {
		m14.set('energy-reserve-capacity', 'latestYear', 2022);
		m14.set('energy-reserve-capacity', 'latestValue', 218);
		expect(m14.derived('energy-reserve-capacity').status).toBe('behind');
		m14.set('energy-reserve-capacity', 'latestValue', 217);
		expect(m14.derived('energy-reserve-capacity').status).toBe('movingAway');
	});

	it('at the base year, a projection on the plan’s own path meets a rounded target; a strict one stays strict', () => {
		// 3.58 × 1.037^5 = 4.293, target printed "4.3"
		expect(m14.derived('doctors-per-1000').projected).toBeCloseTo(4.293, 3);
		expect(m14.derived('doctors-per-1000').status).toBe('onTrack');
		// 96.5 + 0.3 × 5 = 98 exactly, target "＞98"
		expect(m14.derived('pension-insurance-coverage').status).toBe('behind');
	});
});

describe('summary', () => {
	it('counts achieved or on track among the numeric indicators, per table and per area', () => {
		const rows = m14.rows();
		const statuses = rows.map((r) => r.cells.status).filter(isStatus);
		const s = summarize(statuses);
		expect(s.numeric).toBe(37);
		expect(s.byStatus.qualitative).toBe(2);
		expect(s.good).toBe(s.byStatus.achieved + s.byStatus.onTrack);
		const economy = j14.indicators.filter((i) => i.area === 'economy').map((i) => i.id);
		const area = summarize(
			rows
				.filter((r) => economy.includes(r.id))
				.map((r) => r.cells.status)
				.filter(isStatus)
		);
		expect(area.numeric).toBe(3);
	});

	it('reads the evaluation’s own wording: 24 of 37 at or ahead of schedule', () => {
		const s = summarize([
			...Array<'onTrack'>(15).fill('onTrack'),
			...Array<'achieved'>(9).fill('achieved'),
			...Array<'behind'>(11).fill('behind'),
			...Array<'noData'>(2).fill('noData')
		]);
		expect([s.good, s.numeric]).toEqual([24, 37]);
	});
});
