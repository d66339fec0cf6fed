/**
 * The shape of a curated plan table (static/data/*.json).
 *
 * Every number keeps the cell text it was read from (`raw`) and the seed line it
 * sits on, so the UI can always show where a figure comes from. A cell the seed
 * leaves empty is `null`; a qualitative cell ("完成上级任务") has `value: null`
 * and `qualitative: true` — never 0.
 */

/** Comparator attached to a target: ＞ ≥ ＜ ≤, 以上 (≥), 以内 (≤), 左右 (≈). */
export type Comparator = '>' | '>=' | '<' | '<=' | '≈';

export type Localized = { zh: string; en: string };

/** Where a cell's text sits in a seed document. */
export type SourceRef = { file: string; line: number };

/** A value column (a year's level, or the target). */
export type ValueCell = {
	raw: string;
	value: number | null;
	comparator?: Comparator;
	qualitative?: boolean;
	line: number;
};

/**
 * How the stated growth column reads:
 * - `cagr`: compound annual growth, value as a fraction ("6.4%" → 0.064)
 * - `ppPerYear`: percentage points a year ("年均提高 1.7个百分点" → 1.7)
 * - `cumulativeDecline`: decline over the whole period as a fraction ("15%" → 0.15)
 * - `cumulativePoints`: signed change in the indicator's own units over the period
 *   ("[10]" for a share rising 10 points, "〔2.3〕", "[-1.28]" 万亩)
 * - `cumulativeSum`: a total of annual flows over the period ("[280]" patents, "〔30万〕" jobs)
 * - `flowPerYear`: an amount a year toward a cumulative target ("5万" jobs a year)
 * - `targetComparator`: the column only restates the target with a comparator
 * - `none`: "--" or empty
 */
export type GrowthKind =
	| 'cagr'
	| 'ppPerYear'
	| 'cumulativeDecline'
	| 'cumulativePoints'
	| 'cumulativeSum'
	| 'flowPerYear'
	| 'targetComparator'
	| 'none';

export type GrowthCell = {
	raw: string;
	value: number | null;
	comparator?: Comparator;
	kind: GrowthKind;
	line: number;
};

/**
 * Which family of formulas the indicator takes:
 * - `cagr`: levels compound (亿元, 万人, …)
 * - `pp`: levels move by points a year (shares and rates in %)
 * - `cumulative`: the target is a five-year total of annual flows (〔〕, [ ])
 * - `qualitative`: no number ("完成上级任务")
 */
export type ModelKind = 'cagr' | 'pp' | 'cumulative' | 'qualitative';

export type Direction = 'higher' | 'lower';

export type Attribute = 'expected' | 'binding';

/** 现价 / 不变价 / 可比价格 */
export type PriceBasis = 'current' | 'constant' | 'comparable';

/** 户籍人口 / 常住人口: which population a per-capita figure divides by. */
export type PopulationBasis = 'registered' | 'resident';

export type Indicator = {
	/** Stable id, e.g. "gdp"; never reused for another indicator. */
	id: string;
	/** Row number as printed ("7"), or "7.1" for a 其中 sub-row. */
	no: string;
	/** Id of the parent row for a 其中 sub-row. */
	parent?: string;
	area: string;
	name: Localized;
	/** Unit as printed in the seed. */
	unit: string;
	kind: ModelKind;
	direction: Direction;
	/** Absent where the table has no attribute column. */
	attribute?: Attribute;
	/**
	 * Values keyed by year ("2015", "2019", "2020"): the base year, years before it
	 * and actuals after it; null where the seed leaves the cell empty.
	 */
	values: Record<string, ValueCell | null>;
	target: ValueCell;
	growth: GrowthCell;
	/** The achieved rate the table itself prints for base → latest actual, where it has one. */
	achievedRate?: GrowthCell;
	/** `rate` where the values are themselves growth rates (居民收入增长 %), not levels. */
	valueIs?: 'level' | 'rate';
	/** Price basis of the levels and of the growth rates, where the table or its notes say. */
	priceBasis?: { levels?: PriceBasis; growth?: PriceBasis };
	population?: PopulationBasis;
	/** First and last seed line the row spans. */
	lines: [number, number];
	/** Where the seed is ambiguous or inconsistent, and how the data set reads it. */
	notes?: Localized[];
};

export type Area = { id: string; name: Localized; line: number };

export type TableNote = { text: Localized; line: number };

export type PlanTable = {
	type: 'planTable';
	schemaVersion: 1;
	id: string;
	title: Localized;
	/** The header as printed, for the formula bar. */
	titleRaw: string;
	source: { file: string; lines: [number, number] };
	/** Plan base year (last year of the previous plan) and target year. */
	baseYear: number;
	targetYear: number;
	/**
	 * Year columns the table prints, oldest first; one of them is the base year,
	 * those after it are actuals (a completion table's 2019 and 2020).
	 */
	years: number[];
	/** Which plan and place: for the picker. */
	plan?: Localized;
	region?: Localized;
	areas: Area[];
	notes: TableNote[];
	indicators: Indicator[];
};
