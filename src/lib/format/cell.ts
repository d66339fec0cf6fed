/**
 * The text a grid cell shows for a value, by column and indicator. Pure: the
 * messages and locale come in as arguments.
 */
import type { CellValue } from '../model/cell-value';
import { isCellError } from '../model/cell-value';
import type { ColumnKey } from '../model/columns';
import { formatOf } from '../model/columns';
import { growthStyle } from '../model/indicator';
import { isStatus } from '../model/status';
import type { Comparator, GrowthKind, Indicator } from '../model/table';
import type { Messages } from '../i18n/messages';
import { formatLevel, formatPercent, formatPoints, formatYear } from './number';

const COMPARATOR_SIGN: Record<Comparator, string> = {
	'>': '>',
	'>=': '≥',
	'<': '<',
	'<=': '≤',
	'≈': '≈'
};

export function comparatorSign(c: Comparator | undefined): string {
	return c ? COMPARATOR_SIGN[c] : '';
}

type Ctx = { ind: Indicator; t: Messages; locale: string };

/**
 * A cumulative target's row mixes two kinds of figure: its year columns and base hold a
 * year's flow, while its target, the total so far, the projection and the gap are totals
 * over the plan period. Those are written in the plan's own brackets (〔25〕), as the
 * tables print period totals, so a total never reads as a year's value.
 */
const PERIOD_TOTALS: ReadonlySet<ColumnKey> = new Set([
	'target',
	'targetLevel',
	'latestValue',
	'projected',
	'gap'
]);

export type GrowthColumn = 'stated' | 'assumed' | 'required' | 'achieved' | 'printedAchieved';

const CUMULATIVE: readonly (GrowthKind | undefined)[] = [
	'cumulativeDecline',
	'cumulativePoints',
	'cumulativeSum'
];

/** How a growth cell shows its value: its style, and the value as shown (a printed decline as a fall). */
export function growthShown(
	x: number,
	column: GrowthColumn,
	ind: Indicator
): { style: ReturnType<typeof growthStyle>; shown: number; printed: boolean; kind?: GrowthKind } {
	const printed = column === 'stated' || column === 'printedAchieved';
	const kind = column === 'stated' ? ind.growth.kind : printed ? ind.achievedRate?.kind : undefined;
	const style = growthStyle(ind, column);
	const shown = style === 'percent' && kind === 'cumulativeDecline' ? -x : x;
	return { style, shown, printed, kind };
}

function growthText(x: number, column: GrowthColumn, { ind, t, locale }: Ctx): string {
	const { style, shown: v, printed, kind } = growthShown(x, column, ind);
	const cumulative = printed && CUMULATIVE.includes(kind);
	const total = cumulative ? ` ${t.total}` : '';
	if (style === 'percent') return formatPercent(v, locale, !printed || v < 0) + total;
	// points of a share are "pp"; a level that moves by a fixed amount keeps its own unit
	const unit = ind.unit === '%' || ind.unit === '％' ? t.pp : ind.unit;
	if (style === 'points') return `${formatPoints(x, locale)} ${unit}${cumulative ? total : ''}`;
	return cumulative
		? `${formatLevel(x, locale)}${total}`
		: `${formatLevel(x, locale, true)}${t.perYear}`;
}

/** Display text of a cell; an empty string for an empty cell. */
export function cellText(value: CellValue | undefined, column: ColumnKey, ctx: Ctx): string {
	if (value === null || value === undefined || value === '') return '';
	if (isCellError(value)) return '—';
	const { ind, t, locale } = ctx;
	if (column === 'status') return isStatus(value) ? t.status[value] : String(value);
	if (typeof value !== 'number') return String(value);
	switch (formatOf(column)) {
		case 'year':
			return formatYear(value);
		case 'share':
			return formatPercent(value, locale);
		case 'growth': {
			const text = growthText(value, column as GrowthColumn, ctx);
			if (column === 'stated') return `${comparatorSign(ind.growth.comparator)}${text}`;
			if (column === 'printedAchieved')
				return `${comparatorSign(ind.achievedRate?.comparator)}${text}`;
			return text;
		}
		case 'level': {
			const number = formatLevel(value, locale, column === 'gap');
			const text =
				ind.kind === 'cumulative' && PERIOD_TOTALS.has(column) ? `〔${number}〕` : number;
			if (column === 'target') return `${comparatorSign(ind.target.comparator)}${text}`;
			return text;
		}
		default:
			return String(value);
	}
}
