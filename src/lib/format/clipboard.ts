/**
 * A cell's value as text a spreadsheet reads back as the same number. The grid's
 * own text is for reading: a typographic minus (−), a '+' on changes, a comparator
 * (≥) and unit words (百分点, /年). Pasted into Excel or WPS, "−0.023" or
 * "+1.7 百分点" stays text an analyst cannot compute with. This writes the digits the
 * grid shows, with an ASCII '-', no '+', no group separators and no words; a
 * percentage keeps its '%', which spreadsheets read as a fraction. Percentage
 * points and flows a year are the bare number, in the row's unit.
 */
import type { CellValue } from '../model/cell-value';
import { isCellError } from '../model/cell-value';
import type { ColumnKey } from '../model/columns';
import { formatOf } from '../model/columns';
import type { Indicator } from '../model/table';
import { formatDecimal } from './decimal';
import { growthShown, type GrowthColumn } from './cell';
import { formatYear, levelDecimals, percentDecimals, POINTS_DECIMALS } from './number';

const plain = (x: number, digits: number, percent = false) =>
	formatDecimal(x, {
		maximumFractionDigits: digits,
		...(percent ? { style: 'percent' as const } : {})
	}).replaceAll(',', '');

const level = (x: number) => plain(x, levelDecimals(x));

/**
 * The text to copy for a computed or typed number, or null where the grid's own text
 * is the value (a status, a printed text, an empty cell). A spreadsheet error copies as
 * its code ("#DIV/0!"), which spreadsheets read back as that error.
 */
export function clipboardText(
	value: CellValue | undefined,
	column: ColumnKey,
	ind: Indicator
): string | null {
	if (value !== null && value !== undefined && isCellError(value)) return value.error;
	if (typeof value !== 'number') return null;
	switch (formatOf(column)) {
		case 'year':
			return formatYear(value);
		case 'share':
			return plain(value, percentDecimals(value), true);
		case 'growth': {
			const { style, shown } = growthShown(value, column as GrowthColumn, ind);
			if (style === 'percent') return plain(shown, percentDecimals(shown), true);
			return style === 'points' ? plain(shown, POINTS_DECIMALS) : level(shown);
		}
		case 'level':
			return level(value);
		default:
			return String(value);
	}
}
