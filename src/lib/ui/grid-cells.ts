/**
 * What each cell of a grid row shows, computed in one pass per row. The grid renders
 * these descriptors with one plain element each: a row of 18 cells built from
 * per-cell branches in the template cost about 5 ms at full speed, which made the
 * first render of a table the longest task of its load.
 */
import type { Lang, Messages } from '../i18n/messages';
import type { RowValues } from '../model/row';
import { isStatus, type Status } from '../model/status';
import type { Indicator } from '../model/table';
import { cellText } from '../format/cell';
import type { GridColumn } from '../state/grid-columns';

export type CellView = {
	/** `data-key`: the model column's key, or the display column's kind. */
	key: string;
	/** Classes for the column's role and key, and `edited` for an input the scenario changed. */
	cls: string;
	text: string;
	/** True where the cell takes no edit; absent where it does. */
	readonly: true | undefined;
	/** The verdict, shown as a badge in the status column. */
	status?: Status | 'qualitative';
};

export type CellContext = { t: Messages; lang: Lang; locale: string };

export function columnClass(col: GridColumn): string {
	if (col.kind !== 'model') return col.kind;
	return `${col.def.role} ${col.def.key}`;
}

/** Every cell of a row after its header, in column order. */
export function rowCells(
	ind: Indicator,
	values: RowValues,
	columns: readonly GridColumn[],
	ctx: CellContext
): CellView[] {
	const cells: CellView[] = [];
	for (const col of columns) {
		if (col.kind === 'name') continue;
		const input = col.kind === 'model' && col.def.role === 'input';
		const edited =
			input && values.edited[col.def.key as keyof RowValues['edited']] ? ' edited' : '';
		const cell: CellView = {
			key: col.kind === 'model' ? col.def.key : col.kind,
			cls: columnClass(col) + edited,
			text: '',
			readonly: input && ind.kind !== 'qualitative' ? undefined : true
		};
		if (col.kind === 'model' && col.def.key === 'status') cell.status = statusOf(ind, values);
		cell.text = cellDisplay(ind, values, col, ctx);
		cells.push(cell);
	}
	return cells;
}

function statusOf(ind: Indicator, values: RowValues): Status | 'qualitative' | undefined {
	if (ind.kind === 'qualitative') return 'qualitative';
	const v = values.cells.status;
	return isStatus(v) ? v : undefined;
}

/** What a cell of any column shows, from the row's values (a row the window has not rendered too). */
export function cellTextAt(
	ind: Indicator,
	values: RowValues,
	col: GridColumn,
	ctx: CellContext
): string {
	return col.kind === 'name' ? ind.name[ctx.lang] : cellDisplay(ind, values, col, ctx);
}

function cellDisplay(
	ind: Indicator,
	values: RowValues,
	col: Exclude<GridColumn, { kind: 'name' }>,
	{ t, lang, locale }: CellContext
): string {
	if (col.kind === 'model' && col.def.key === 'status') {
		const status = statusOf(ind, values);
		return status ? t.status[status] : '';
	}
	if (col.kind === 'unit') return ind.unit;
	if (col.kind === 'attribute')
		return ind.attribute === 'binding' ? t.binding : ind.attribute ? t.expected : '';
	if (col.def.key === 'stated' && ind.growth.kind === 'none') return '';
	const key = col.def.key;
	if (ind.kind === 'qualitative')
		return key === 'target' ? (lang === 'zh' ? ind.target.raw : t.qualitativeCell) : '';
	const v = values.cells[key] ?? null;
	if (key === 'stated' && (v === null || v === '') && ind.growth.raw !== '--')
		return ind.growth.raw;
	return cellText(v, key, { ind, t, locale });
}
