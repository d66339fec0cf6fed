/**
 * Formula text for every cell of an indicator row, by model kind (PRODUCT.md's
 * table of derived values). Formulas use A1 references within the row and the
 * named plan constants, so the formula bar shows arithmetic an analyst can
 * check by hand. Defaults of input cells are formulas too (latest value = the
 * latest printed actual, assumed growth = stated growth), so typing a number
 * over them is an explicit choice.
 *
 * Real vs nominal: where a row's levels are at current prices and its growth at
 * constant or comparable prices (GDP), growth compounds with the `Deflator`
 * assumption, whose default is the deflator the plan itself implies.
 */
import type { ColumnKey, InputKey } from '../model/columns';
import { yearKey } from '../model/columns';
import {
	actualsAreText,
	isRealGrowth,
	printedActuals,
	printedTolerance,
	statusComparator,
	valueIn,
	type ActualSource
} from '../model/indicator';
import type { Indicator, PlanTable } from '../model/table';
import { deflatorReference } from '../model/assumption';
import { type Layout, NAMES } from './layout';

const { baseYear: BY, targetYear: TY, aboutTolerance: TOL, deflator: DEF } = NAMES;

type Cell = number | string | null;

/**
 * The comparison that says `x` meets target `g`. A `slack` (half a unit of the
 * target's last printed digit) lets a projection on the plan's own path meet a
 * rounded target; strict targets ("＞218") stay strict.
 */
function meets(ind: Indicator, x: string, g: string, slack = 0): string {
	const c = statusComparator(ind);
	if (c === '≈') return `ABS(${x}-${g})<=${TOL}*ABS(${g})${slack ? `+${slack}` : ''}`;
	if (!slack || c === '>' || c === '<') return `${x}${c}${g}`;
	return c === '>=' ? `${x}>=${g}-${slack}` : `${x}<=${g}+${slack}`;
}

/** The value moved the wrong way since the base year (for a target equal to the base: got worse). */
function movedAway(ind: Indicator, B: string, F: string, H: string): string {
	if (ind.kind === 'cumulative') return 'FALSE()'; // a running total never moves back
	const worse = ind.direction === 'lower' ? `${F}>${B}` : `${F}<${B}`;
	return `OR((${F}-${B})*(${H}-${B})<0,AND(${H}=${B},${worse}))`;
}

/** (1+g), or (1+g)*(1+Deflator) for a real rate applied to nominal levels. */
function factor(ind: Indicator, g: string): string {
	return isRealGrowth(ind) ? `((1+${g})*(1+${DEF}))` : `(1+${g})`;
}

/** Target level implied by the stated growth, or null when the growth column cannot give one. */
function fromStated(ind: Indicator, B: string, D: string): string | null {
	switch (ind.growth.kind) {
		case 'cagr':
			return `${B}*${factor(ind, D)}^(${TY}-${BY})`;
		case 'ppPerYear':
			return `${B}+${D}*(${TY}-${BY})`;
		case 'cumulativeDecline':
			return `${B}*(1-${D})`;
		case 'cumulativePoints':
			return `${B}+${D}`;
		default:
			return null;
	}
}

/**
 * Default assumed annual growth: the plan's stated growth turned into a yearly
 * rate. For a cumulative target it is the growth of the annual flow.
 */
function assumedDefault(ind: Indicator, B: string, D: string): Cell {
	if (ind.kind === 'cumulative') return ind.growth.kind === 'cagr' ? `=${D}` : 0;
	switch (ind.growth.kind) {
		case 'cagr':
		case 'ppPerYear':
			return `=${D}`;
		case 'cumulativeDecline':
			return `=(1-${D})^(1/(${TY}-${BY}))-1`;
		case 'cumulativePoints':
			return `=${D}/(${TY}-${BY})`;
		default:
			return 0;
	}
}

export type RowContext = { ind: Indicator; index: number; table: PlanTable; layout: Layout };

/** Published default of each input cell (what Delete restores). */
export function inputDefaults(ctx: RowContext): Record<InputKey, Cell> {
	const { ind, index, table, layout } = ctx;
	const r = (k: ColumnKey) => layout.ref(k, index);
	const actuals = printedActuals(ind, table);
	const latest = actuals.at(-1)?.year ?? table.baseYear;
	const stated =
		ind.growth.kind === 'targetComparator' || ind.growth.kind === 'cumulativeSum'
			? null
			: ind.growth.value;
	return {
		base: valueIn(ind, table.baseYear),
		target: ind.target.value ?? (ind.growth.kind === 'cumulativeSum' ? ind.growth.value : null),
		stated,
		latestYear: latest === table.baseYear ? `=${BY}` : latest,
		latestValue: latestValueDefault(ctx, actuals),
		assumed: assumedDefault(ind, r('base'), r('stated'))
	};
}

/**
 * The latest value follows the latest year: the printed value of that year
 * (the base value, or nothing so far for a cumulative target, at the base
 * year); #N/A for a year the table prints nothing for, until one is typed.
 */
function latestValueDefault({ ind, index, layout }: RowContext, actuals: ActualSource[]): string {
	const E = layout.ref('latestYear', index);
	const atBase = ind.kind === 'cumulative' ? '0' : layout.ref('base', index);
	let formula = `IF(${E}=${BY},${atBase},NA())`;
	for (const a of actuals) {
		const cell = layout.ref(a.from === 'year' ? yearKey(a.year) : 'printedAchieved', index);
		formula = `IF(${E}=${a.year},${cell},${formula})`;
	}
	return `=${formula}`;
}

/** Every cell of the row, keyed by column: printed values, input defaults and formulas. */
export function rowContents(ctx: RowContext): Partial<Record<ColumnKey, Cell>> {
	const { ind, table } = ctx;
	// filled in place: spreading the parts into a new object per row took ~0.3 s of a 10,000-row build
	const cells: Partial<Record<ColumnKey, Cell>> = {};
	for (const y of table.years) if (y !== table.baseYear) cells[yearKey(y)] = valueIn(ind, y);
	cells.printedAchieved = ind.achievedRate?.value ?? null;
	if (ind.kind === 'qualitative')
		return Object.assign(cells, { target: null, status: 'qualitative' });
	const inputs = inputDefaults(ctx);
	// a cumulative target can be judged from a printed total even without a base-year flow
	const noBase =
		inputs.base === null && !(ind.kind === 'cumulative' && printedActuals(ind, table).length);
	if (noBase || (inputs.target === null && fromStatedOrNull(ctx) === null))
		return Object.assign(cells, inputs, { status: 'noData' });
	const derived = derivedFormulas(ctx);
	if (actualsAreText(ind, table)) derived.status = 'noData';
	return Object.assign(cells, inputs, derived);
}

function fromStatedOrNull({ ind, index, layout }: RowContext): string | null {
	return fromStated(ind, layout.ref('base', index), layout.ref('stated', index));
}

function derivedFormulas({ ind, index, layout }: RowContext): Partial<Record<ColumnKey, Cell>> {
	const ref = (k: ColumnKey) => layout.ref(k, index);
	const [B, C, D, E, F, G, H, I, M, N] = (
		[
			'base',
			'target',
			'stated',
			'latestYear',
			'latestValue',
			'assumed',
			'targetLevel',
			'projected',
			'progress',
			'timeProgress'
		] as const
	).map(ref) as [string, string, string, string, string, string, string, string, string, string];
	const cagr = ind.kind === 'cagr';
	const real = isRealGrowth(ind);
	const stated = fromStated(ind, B, D);
	const left = `(${TY}-${E})`;
	const elapsed = `(${E}-${BY})`;
	const deflate = real ? `/(1+${DEF})` : '';
	return {
		targetLevel: stated ? `=IF(ISBLANK(${C}),${stated},${C})` : `=${C}`,
		projected: cagr
			? `=${F}*${factor(ind, G)}^${left}`
			: ind.kind === 'pp'
				? `=${F}+${G}*${left}`
				: // total so far plus the flows of the years left, growing from the base-year flow
					`=${F}+IF(${G}=0,${B}*${left},${B}*((1+${G})^(${TY}-${BY}+1)-(1+${G})^(${E}-${BY}+1))/${G})`,
		gap: ind.direction === 'lower' ? `=${I}-${H}` : `=${H}-${I}`,
		required: cagr ? `=(${H}/${F})^(1/${left})${deflate}-1` : `=(${H}-${F})/${left}`,
		achieved: cagr
			? `=(${F}/${B})^(1/${elapsed})${deflate}-1`
			: ind.kind === 'pp'
				? `=(${F}-${B})/${elapsed}`
				: `=${F}/${elapsed}`,
		progress: cagr
			? `=LN(${F}/${B})/LN(${H}/${B})`
			: ind.kind === 'pp'
				? `=(${F}-${B})/(${H}-${B})`
				: `=${F}/${H}`,
		timeProgress: `=${elapsed}/(${TY}-${BY})`,
		status:
			`=IF(${meets(ind, F, H)},"achieved",` +
			`IF(${E}>${BY},IF(${movedAway(ind, B, F, H)},"movingAway",IF(IFERROR(${M},0)>=${N},"onTrack","behind")),` +
			`IF(${meets(ind, I, H, printedTolerance(ind))},"onTrack","behind")))`
	};
}

/**
 * The deflator the plan implies for its reference real-growth row (GDP where
 * there is one): nominal growth of the published target over the published
 * real growth. Written with the published figures, so editing the row's inputs
 * does not move what "the plan implies". Null when the table has no such row.
 */
export function impliedDeflatorFormula(table: PlanTable): string | null {
	const pick = deflatorReference(table);
	if (!pick) return null;
	const [g, b, s] = [pick.target.value, valueIn(pick, table.baseYear), pick.growth.value];
	return `=(${g}/${b})^(1/(${TY}-${BY}))/(1+${s})-1`;
}
