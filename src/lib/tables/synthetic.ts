/**
 * Synthetic plan tables of any size for benchmarks: the same row shapes as
 * the curated tables (compound growth, points a year, cumulative totals,
 * declines, qualitative rows; real-growth rows on nominal levels; comparators)
 * in roughly the proportions the seed tables have, deterministic for a seed.
 */
import type { Indicator, PlanTable, ValueCell } from '../model/table';

/** mulberry32: a tiny, well-mixed deterministic generator. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const round = (x: number, d: number) => Number(x.toFixed(d));
const cell = (value: number | null, raw = value === null ? '--' : String(value)): ValueCell => ({
	raw,
	value,
	line: 1
});

export function syntheticTable({
	indicators,
	seed = 1
}: {
	indicators: number;
	seed?: number;
}): PlanTable {
	const rnd = random(seed);
	const perArea = Math.max(1, Math.round(Math.sqrt(indicators)));
	const areas = Array.from({ length: Math.ceil(indicators / perArea) }, (_, i) => ({
		id: `area-${i + 1}`,
		name: { zh: `领域 ${i + 1}`, en: `Area ${i + 1}` },
		line: 1
	}));
	const rows: Indicator[] = [];
	for (let i = 0; i < indicators; i++) {
		const shape = rnd();
		const base = round(1 + rnd() * 500, 2);
		const common = {
			id: `ind-${i + 1}`,
			no: String(i + 1),
			area: areas[Math.floor(i / perArea)]!.id,
			name: { zh: `指标 ${i + 1}`, en: `Indicator ${i + 1}` },
			direction: 'higher' as const,
			attribute: shape < 0.8 ? ('expected' as const) : ('binding' as const),
			lines: [1, 1] as [number, number]
		};
		if (shape < 0.45) {
			// compound growth on levels; a third are real growth on nominal levels, like GDP
			const g = round(0.02 + rnd() * 0.12, 3);
			rows.push({
				...common,
				unit: '亿元',
				kind: 'cagr',
				values: { '2019': cell(round(base / (1 + g), 2)), '2020': cell(base) },
				target: cell(round(base * (1 + g) ** 5 * (1 + rnd() * 0.1), 1)),
				growth: { raw: `${g * 100}%`, value: g, kind: 'cagr', line: 1 },
				...(rnd() < 0.35 ? { priceBasis: { levels: 'current', growth: 'constant' } } : {})
			});
		} else if (shape < 0.75) {
			const share = round(10 + rnd() * 60, 1);
			const pp = round(0.1 + rnd() * 2, 2);
			rows.push({
				...common,
				unit: '%',
				kind: 'pp',
				values: { '2019': cell(round(share - pp, 1)), '2020': cell(share) },
				target: { ...cell(round(share + pp * 5, 1)), comparator: rnd() < 0.3 ? '>=' : undefined },
				growth: { raw: `年均提高 ${pp}个百分点`, value: pp, kind: 'ppPerYear', line: 1 }
			});
		} else if (shape < 0.85) {
			const d = round(0.05 + rnd() * 0.15, 2);
			rows.push({
				...common,
				unit: '吨',
				kind: 'cagr',
				direction: 'lower',
				values: { '2019': cell(round(base * 1.03, 2)), '2020': cell(base) },
				target: cell(round(base * (1 - d), 2)),
				growth: { raw: `${d * 100}%`, value: d, kind: 'cumulativeDecline', line: 1 }
			});
		} else if (shape < 0.95) {
			const flow = round(0.5 + rnd() * 50, 2);
			rows.push({
				...common,
				unit: '亿元',
				kind: 'cumulative',
				values: { '2019': cell(round(flow * 0.9, 2)), '2020': cell(flow) },
				target: {
					...cell(round(flow * 5 * (1 + rnd() * 0.3), 1), `[${round(flow * 5, 1)}]`),
					comparator: '>='
				},
				growth: { raw: '8%', value: 0.08, kind: 'cagr', line: 1 }
			});
		} else {
			rows.push({
				...common,
				unit: '%',
				kind: 'qualitative',
				values: { '2019': null, '2020': null },
				target: { raw: '完成上级任务', value: null, qualitative: true, line: 1 },
				growth: { raw: '', value: null, kind: 'none', line: 1 }
			});
		}
	}
	return {
		type: 'planTable',
		schemaVersion: 1,
		id: `synthetic-${indicators}`,
		title: {
			zh: `合成指标表（${indicators} 项）`,
			en: `Synthetic table (${indicators} indicators)`
		},
		titleRaw: `合成指标表（${indicators} 项）`,
		source: { file: 'synthetic', lines: [1, 1] },
		baseYear: 2020,
		targetYear: 2025,
		years: [2019, 2020],
		plan: { zh: '合成', en: 'Synthetic' },
		region: { zh: '基准测试', en: 'Benchmark' },
		areas,
		notes: [],
		indicators: rows
	};
}
