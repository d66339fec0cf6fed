/**
 * What the formula bar shows for the focused cell: its formula or typed value,
 * the published figure with its seed file and line, the cells a formula reads,
 * and the indicator's notes. Pure: everything comes in as arguments.
 */
import { cellText } from '../format/cell';
import { formatLevel, formatPercent } from '../format/number';
import type { Lang, Messages } from '../i18n/messages';
import type { CellValue } from '../model/cell-value';
import type { ColumnKey } from '../model/columns';
import { formatOf, yearOf } from '../model/columns';
import type { CellDescription, RowValues } from '../model/row';
import type { ProseFigure } from '../model/prose';
import type { Indicator, PlanTable, ValueCell } from '../model/table';
import type { GridColumn } from './grid-columns';

export type SourceNote = { raw: string; file: string; line: number | [number, number] };

export type Inspection = {
	/** "地区生产总值 · 最新值" */
	label: string;
	address: string | null;
	/** Formula text or typed constant; null for a source-only cell. */
	content: string | null;
	contentKind: 'formula' | 'value' | null;
	/** For an input: whether the person changed it. */
	edited: boolean | null;
	source: SourceNote | null;
	refs: { address: string; label: string; value: string }[];
	notes: string[];
	undefinedValue: boolean;
	/** The latest year has no printed value: the analyst has to type one. */
	missingActual: boolean;
	/** Price and population basis, where the table says. */
	basis: string[];
	/** Figures other documents state for this indicator. */
	related: { label: string; name: string; raw: string; file: string; line: number }[];
};

type Args = {
	table: PlanTable;
	ind: Indicator;
	row: RowValues;
	col: GridColumn;
	/** Header text of a model column. */
	header: (key: ColumnKey) => string;
	describe: (id: string, column: ColumnKey) => CellDescription | null;
	indicator: (id: string) => Indicator | undefined;
	figures: { figure: ProseFigure; file: string }[];
	t: Messages;
	lang: Lang;
	locale: string;
};

function sourceOf(
	table: PlanTable,
	ind: Indicator,
	key: ColumnKey | 'name' | 'unit' | 'attribute'
): SourceNote | null {
	const file = table.source.file;
	const cell = (v: ValueCell | null | undefined) => (v ? { raw: v.raw, file, line: v.line } : null);
	const year = yearOf(key as ColumnKey);
	if (year !== null) return cell(ind.values[String(year)]);
	switch (key) {
		case 'printedAchieved':
			return ind.achievedRate?.raw
				? { raw: ind.achievedRate.raw, file, line: ind.achievedRate.line }
				: null;
		case 'base':
			return cell(ind.values[String(table.baseYear)]);
		case 'target':
			return cell(ind.target);
		case 'stated':
			return ind.growth.raw ? { raw: ind.growth.raw, file, line: ind.growth.line } : null;
		case 'name':
			return { raw: ind.name.zh, file, line: ind.lines };
		case 'unit':
			return { raw: ind.unit, file, line: ind.lines };
		case 'attribute':
			return ind.attribute
				? { raw: ind.attribute === 'binding' ? '约束性' : '预期性', file, line: ind.lines[1] }
				: null;
		default:
			return null;
	}
}

function valueText(v: CellValue, column: ColumnKey, ind: Indicator, a: Args): string {
	if (typeof v === 'number' && formatOf(column) === 'level') return formatLevel(v, a.locale);
	return cellText(v, column, { ind, t: a.t, locale: a.locale }) || '—';
}

export function inspect(a: Args): Inspection {
	const { ind, row, col, lang } = a;
	const base: Inspection = {
		label: ind.name[lang],
		address: null,
		content: null,
		contentKind: null,
		edited: null,
		source: null,
		refs: [],
		notes: ind.notes?.map((n) => n[lang]) ?? [],
		undefinedValue: false,
		missingActual: false,
		basis: basisOf(ind, a.t),
		related: a.figures.map(({ figure: f, file }) => ({
			label: a.t.figureLabel(f.year, f.kind),
			name: f.name[lang],
			raw: f.raw,
			file,
			line: f.line
		}))
	};
	if (col.kind !== 'model') return { ...base, source: sourceOf(a.table, ind, col.kind) };
	const key = col.def.key;
	base.label = `${ind.name[lang]} · ${labelOf(ind, key, a)}`;
	const source = sourceOf(a.table, ind, key);
	const d = ind.kind === 'qualitative' ? null : a.describe(ind.id, key);
	const v = row.cells[key] ?? null;
	const refs =
		d?.refs.map((r) => {
			const other = a.indicator(r.id) ?? ind;
			const who = other.id === ind.id ? '' : `${other.name[lang]} · `;
			return {
				address: r.address,
				label: `${who}${labelOf(other, r.column, a)}`,
				value: valueText(r.value, r.column, other, a)
			};
		}) ?? [];
	for (const n of d?.names ?? [])
		refs.push({
			address: n.name,
			label: '',
			value:
				typeof n.value !== 'number'
					? '—'
					: /Year$/.test(n.name)
						? String(n.value)
						: formatPercent(n.value, a.locale)
		});
	const typed =
		v === null ? null : typeof v === 'number' ? String(Number(v.toPrecision(12))) : null;
	return {
		...base,
		address: d?.address ?? null,
		content: d?.formula ?? (col.def.role === 'source' ? null : typed),
		contentKind: d?.formula
			? 'formula'
			: typed !== null && col.def.role !== 'source'
				? 'value'
				: null,
		edited:
			col.def.role === 'input' && ind.kind !== 'qualitative'
				? Boolean(row.edited[key as keyof typeof row.edited])
				: null,
		source,
		refs,
		undefinedValue: v !== null && typeof v === 'object',
		missingActual: key === 'latestValue' && v !== null && typeof v === 'object'
	};
}

function basisOf(ind: Indicator, t: Messages): string[] {
	const out: string[] = [];
	const p = ind.priceBasis;
	if (p?.levels) out.push(t.levelsAt(t.priceBasis[p.levels]));
	if (p?.growth) out.push(t.growthAt(t.priceBasis[p.growth]));
	if (ind.population) out.push(t.population[ind.population]);
	if (ind.valueIs === 'rate') out.push(t.valuesAreRates);
	return out;
}

/** Column label for this row: a cumulative target's latest value is a running total. */
function labelOf(ind: Indicator, key: ColumnKey, a: Args): string {
	if (ind.kind === 'cumulative' && key === 'latestValue') return a.t.cumulativeLatest;
	if (ind.kind === 'cumulative' && key === 'assumed') return a.t.cumulativeAssumed;
	return a.header(key);
}
