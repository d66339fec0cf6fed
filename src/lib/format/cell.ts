/**
 * The text a grid cell shows for a value, by column and indicator. Pure: the
 * messages and locale come in as arguments.
 */
import type { CellValue } from '../model/cell-value';
import { isCellError } from '../model/cell-value';
import type { ColumnKey } from '../model/columns';
import { columnDef } from '../model/columns';
import { growthStyle } from '../model/indicator';
import { isStatus } from '../model/status';
import type { Comparator, Indicator } from '../model/table';
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

function growthText(
	x: number,
	column: 'stated' | 'assumed' | 'required' | 'achieved',
	{ ind, t, locale }: Ctx
): string {
	const style = growthStyle(ind, column);
	const cumulative =
		column === 'stated' &&
		(ind.growth.kind === 'cumulativeDecline' || ind.growth.kind === 'cumulativePoints');
	if (style === 'percent') {
		const v = column === 'stated' && ind.growth.kind === 'cumulativeDecline' ? -x : x;
		return (
			formatPercent(v, locale, column !== 'stated' || v < 0) + (cumulative ? ` ${t.total}` : '')
		);
	}
	if (style === 'points')
		return `${formatPoints(x, locale)} ${cumulative ? `${t.pp} ${t.total}` : t.ppPerYear}`;
	return `${formatLevel(x, locale, true)}${t.perYear}`;
}

/** Display text of a cell; an empty string for an empty cell. */
export function cellText(value: CellValue, column: ColumnKey, ctx: Ctx): string {
	if (value === null || value === '') return '';
	if (isCellError(value)) return '—';
	const { ind, t, locale } = ctx;
	if (column === 'status') return isStatus(value) ? t.status[value] : String(value);
	if (typeof value !== 'number') return String(value);
	switch (columnDef(column).format) {
		case 'year':
			return formatYear(value);
		case 'share':
			return formatPercent(value, locale);
		case 'growth': {
			const text = growthText(value, column as 'stated' | 'assumed' | 'required' | 'achieved', ctx);
			return column === 'stated' ? `${comparatorSign(ind.growth.comparator)}${text}` : text;
		}
		case 'level': {
			const text = formatLevel(value, locale, column === 'gap');
			if (column === 'target') return `${comparatorSign(ind.target.comparator)}${text}`;
			return text;
		}
		default:
			return String(value);
	}
}
