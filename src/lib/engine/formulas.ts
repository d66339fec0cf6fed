/**
 * Formula text for every cell of an indicator row, by model kind (PRODUCT.md's
 * table of derived values). Formulas use A1 references within the row and the
 * named plan years, so the formula bar shows arithmetic an analyst can check by
 * hand. Defaults of input cells are formulas too (latest value = base, assumed
 * growth = stated growth), so typing a number over them is an explicit choice.
 */
import type { ColumnKey } from '../model/columns';
import type { Indicator } from '../model/table';
import { statusComparator } from '../model/indicator';
import { NAMES, ref } from './layout';

const { baseYear: BY, targetYear: TY, aboutTolerance: TOL } = NAMES;

type Cell = number | string | null;
export type RowContents = Record<ColumnKey, Cell>;

function meets(ind: Indicator, x: string, g: string): string {
	const c = statusComparator(ind);
	if (c === '≈') return `ABS(${x}-${g})<=${TOL}*ABS(${g})`;
	return `${x}${c}${g}`;
}

/** Target level implied by the stated growth, or null when the growth column cannot give one. */
function fromStated(ind: Indicator, B: string, D: string): string | null {
	switch (ind.growth.kind) {
		case 'cagr':
			return `${B}*(1+${D})^(${TY}-${BY})`;
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

/** Default assumed annual growth: the plan's stated growth turned into a yearly rate. */
function assumedDefault(ind: Indicator, B: string, D: string): Cell {
	if (ind.kind === 'cumulative') return `=${B}`;
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

/** Published default of each input cell (what Delete restores). */
export function inputDefaults(ind: Indicator, index: number, baseYear: number) {
	const r = (k: ColumnKey) => ref(k, index);
	const base = ind.values[String(baseYear)]?.value ?? null;
	return {
		base,
		target: ind.target.value,
		stated: ind.growth.kind === 'targetComparator' ? null : ind.growth.value,
		latestYear: `=${BY}`,
		latestValue: ind.kind === 'cumulative' ? 0 : `=${r('base')}`,
		assumed: assumedDefault(ind, r('base'), r('stated'))
	} satisfies Record<string, Cell>;
}

/** Every cell of the row: source values, input defaults and derived formulas. */
export function rowContents(ind: Indicator, index: number, years: number[]): RowContents {
	const baseYear = years[years.length - 1] ?? 0;
	const priorYear = years[years.length - 2];
	const prior = priorYear === undefined ? null : (ind.values[String(priorYear)]?.value ?? null);
	const empty: RowContents = {
		prior,
		base: null,
		target: null,
		stated: null,
		latestYear: null,
		latestValue: null,
		assumed: null,
		targetLevel: null,
		projected: null,
		gap: null,
		required: null,
		achieved: null,
		progress: null,
		timeProgress: null,
		status: 'qualitative'
	};
	if (ind.kind === 'qualitative') return empty;
	const inputs = inputDefaults(ind, index, baseYear);
	if (inputs.base === null) return { ...empty, ...inputs, status: 'noData' };
	return { ...empty, ...inputs, ...derivedFormulas(ind, index) };
}

function derivedFormulas(ind: Indicator, index: number) {
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
	).map((k) => ref(k, index));
	const cagr = ind.kind === 'cagr';
	const stated = fromStated(ind, B!, D!);
	const left = `(${TY}-${E})`;
	const elapsed = `(${E}-${BY})`;
	return {
		targetLevel: stated ? `=IF(ISBLANK(${C}),${stated},${C})` : `=${C}`,
		projected: cagr ? `=${F}*(1+${G})^${left}` : `=${F}+${G}*${left}`,
		gap: ind.direction === 'lower' ? `=${I}-${H}` : `=${H}-${I}`,
		required: cagr ? `=(${H}/${F})^(1/${left})-1` : `=(${H}-${F})/${left}`,
		achieved: cagr
			? `=(${F}/${B})^(1/${elapsed})-1`
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
			`=IF(${meets(ind, F!, H!)},"achieved",` +
			`IF(${E}>${BY},IF(IFERROR(${M},-1)<0,"movingAway",IF(${M}>=${N},"onTrack","behind")),` +
			`IF(${meets(ind, I!, H!)},"onTrack","behind")))`
	};
}
