/**
 * Reference arithmetic of PRODUCT.md's derived-value table, in plain numbers.
 *
 * The engine computes the same values as spreadsheet formulas; this module is
 * the independent oracle the tests hold the engine to, so it deliberately shares
 * no code with engine/formulas.ts. The page also uses it to show an edit in the
 * frame after its key, before the engine answers (preview.ts), and only where it
 * reproduces what the engine shows. Undefined results (no years left, a level
 * that never moved, a log of a non-positive ratio) are `null`, never NaN.
 */
import { isRealGrowth, printedTolerance, statusComparator } from './indicator';
import type { Comparator, Direction, GrowthKind, Indicator, ModelKind, PlanTable } from './table';
import type { Status } from './status';

export type Trajectory = Exclude<ModelKind, 'qualitative'>;

export type Inputs = {
	base: number;
	target: number | null;
	stated: number | null;
	latestYear: number;
	latestValue: number;
	assumed: number;
};

export type Frame = {
	kind: Trajectory;
	growthKind: GrowthKind;
	direction: Direction;
	comparator?: Comparator;
	baseYear: number;
	targetYear: number;
	/** Relative band for "≈" (左右) targets. */
	aboutTolerance: number;
	/** Half a unit of the target's last printed digit, allowed to a projection at the base year. */
	slack?: number;
	/** Real growth on nominal levels: growth compounds with this deflator. */
	real?: boolean;
	deflator?: number;
};

export type Derived = {
	targetLevel: number | null;
	projected: number | null;
	gap: number | null;
	requiredGrowth: number | null;
	achievedGrowth: number | null;
	progress: number | null;
	timeProgress: number | null;
	status: Status;
};

/** The table-wide assumptions a frame reads. */
export type FrameAssumptions = { deflator: number; aboutTolerance: number };

/** The frame of a quantitative indicator, read from the data set by the shared rules. */
export function frameOf(
	table: Pick<PlanTable, 'baseYear' | 'targetYear'>,
	ind: Indicator,
	a: FrameAssumptions
): Frame {
	if (ind.kind === 'qualitative') throw new Error(`${ind.id} is qualitative: it has no trajectory`);
	return {
		kind: ind.kind,
		growthKind: ind.growth.kind,
		direction: ind.direction,
		comparator: statusComparator(ind),
		baseYear: table.baseYear,
		targetYear: table.targetYear,
		aboutTolerance: a.aboutTolerance,
		slack: printedTolerance(ind),
		real: isRealGrowth(ind),
		deflator: a.deflator
	};
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

const deflatorFactor = (f: Frame): number => (f.real ? 1 + (f.deflator ?? 0) : 1);

/** Sum of the annual flows B·(1+a)^k for the years after `from` up to the target year. */
function flowsAfter(f: Frame, base: number, a: number, from: number): number {
	let sum = 0;
	for (let year = from + 1; year <= f.targetYear; year++)
		sum += base * (1 + a) ** (year - f.baseYear);
	return sum;
}

/** Target level implied by the plan's stated growth over the whole period. */
export function targetFromStated(f: Frame, base: number, stated: number): number | null {
	const n = f.targetYear - f.baseYear;
	switch (f.growthKind) {
		case 'cagr':
			return base * ((1 + stated) * deflatorFactor(f)) ** n;
		case 'ppPerYear':
			return base + stated * n;
		case 'cumulativeDecline':
			return base * (1 - stated);
		case 'cumulativePoints':
			return base + stated;
		default:
			return null;
	}
}

/** The annual rate (fraction, or points / flow a year) a stated growth amounts to. */
export function annualFromStated(f: Frame, stated: number): number | null {
	const n = f.targetYear - f.baseYear;
	switch (f.growthKind) {
		case 'cagr':
		case 'ppPerYear':
			return stated;
		case 'cumulativeDecline':
			return (1 - stated) ** (1 / n) - 1;
		case 'cumulativePoints':
			return stated / n;
		default:
			return null;
	}
}

export function meets(f: Frame, value: number, target: number, slack = 0): boolean {
	const c = f.comparator ?? (f.direction === 'lower' ? '<=' : '>=');
	// float noise must not decide a strict comparison; the slack widens only the inclusive ones
	// (at 218, "＞218" is not met however the target was rounded)
	const eps = 1e-9 * Math.max(1, Math.abs(target));
	switch (c) {
		case '>':
			return value > target + eps;
		case '>=':
			return value >= target - slack - eps;
		case '<':
			return value < target - eps;
		case '<=':
			return value <= target + slack + eps;
		case '≈':
			return Math.abs(value - target) <= f.aboutTolerance * Math.abs(target) + slack + eps;
	}
}

export function derive(f: Frame, i: Inputs): Derived {
	const { kind } = f;
	const B = i.base;
	const L = i.latestValue;
	const a = i.assumed;
	const left = f.targetYear - i.latestYear;
	const elapsed = i.latestYear - f.baseYear;
	const G = i.target ?? (i.stated === null ? null : targetFromStated(f, B, i.stated));
	const d = deflatorFactor(f);
	const projected = finite(
		kind === 'cagr'
			? L * ((1 + a) * d) ** left
			: kind === 'pp'
				? L + a * left
				: L + flowsAfter(f, B, a, i.latestYear)
	);
	const timeProgress = finite(elapsed / (f.targetYear - f.baseYear));
	if (G === null) {
		return {
			targetLevel: null,
			projected,
			gap: null,
			requiredGrowth: null,
			achievedGrowth: null,
			progress: null,
			timeProgress,
			status: 'noData'
		};
	}
	const gap = projected === null ? null : f.direction === 'lower' ? projected - G : G - projected;
	const required =
		left === 0 ? null : finite(kind === 'cagr' ? (G / L) ** (1 / left) / d - 1 : (G - L) / left);
	const achieved =
		elapsed === 0
			? null
			: finite(
					kind === 'cagr'
						? (L / B) ** (1 / elapsed) / d - 1
						: kind === 'pp'
							? (L - B) / elapsed
							: L / elapsed
				);
	const progress = finite(
		kind === 'cagr' ? Math.log(L / B) / Math.log(G / B) : kind === 'pp' ? (L - B) / (G - B) : L / G
	);
	const worse = f.direction === 'lower' ? L > B : L < B;
	const away = kind !== 'cumulative' && ((L - B) * (G - B) < 0 || (G === B && worse));
	let status: Status;
	if (meets(f, L, G)) status = 'achieved';
	else if (elapsed > 0) {
		if (away) status = 'movingAway';
		else status = timeProgress !== null && (progress ?? 0) >= timeProgress ? 'onTrack' : 'behind';
	} else status = projected !== null && meets(f, projected, G, f.slack ?? 0) ? 'onTrack' : 'behind';
	return {
		targetLevel: G,
		projected,
		gap,
		requiredGrowth: required,
		achievedGrowth: achieved,
		progress,
		timeProgress,
		status
	};
}
