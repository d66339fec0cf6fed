/**
 * A plan table loaded into a workbook: the public model the app and the tests
 * drive. Inputs are set by indicator id and input key; every derived value is a
 * formula cell, read back through `derived()` or, as text, through `formula()`.
 */
import { COLUMNS, type ColumnKey, type InputKey, isInputKey } from '../model/columns';
import type { CellDescription, RowValues } from '../model/row';
import { isStatus, type Status } from '../model/status';
import type { Indicator, PlanTable } from '../model/table';
import { namesIn, referencesIn } from './describe';
import { ModelError } from './errors';
import { inputDefaults, rowContents } from './formulas';
import {
	colIndex,
	DEFAULT_ABOUT_TOLERANCE,
	HEADER_ROWS,
	NAMES,
	ref,
	SHEET,
	sheetRow
} from './layout';
import { Workbook, type CellValue } from './workbook';

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

export type InputValue = number | string | null;

export type Model = {
	readonly table: PlanTable;
	/**
	 * Sets an input: a number, a formula ("=B2*1.1"), or null to restore the
	 * published default. Throws ModelError (nothing changes) when the input is
	 * rejected. Returns the ids of the rows whose values changed.
	 * @example model.set('gdp', 'assumed', 0.06)
	 */
	set(id: string, input: InputKey, value: InputValue): string[];
	derived(id: string): Derived;
	/** Formula text of a cell ("=F2*(1+G2)^(TargetYear-E2)"), or null for a constant. */
	formula(id: string, column: ColumnKey): string | null;
	/** A1 address of a cell, for the formula bar ("F2"). */
	address(id: string, column: ColumnKey): string;
	/** The formula of a cell with the cells and named constants it uses. */
	describe(id: string, column: ColumnKey): CellDescription;
	row(id: string): RowValues;
	rows(): RowValues[];
	destroy(): void;
};

const number = (v: CellValue): number | null => (typeof v === 'number' ? v : null);

/**
 * Builds the workbook for a plan table.
 * @example
 * const model = createModel(table);
 * model.set('gdp', 'assumed', 0.06);
 * model.derived('gdp').projected; // 258 × 1.06^5
 */
export function createModel(table: PlanTable): Model {
	const index = new Map<string, number>();
	table.indicators.forEach((ind, i) => index.set(ind.id, i));
	const header = COLUMNS.map((c) => c.key as string);
	const rows = [header, ...table.indicators.map((ind, i) => rowOf(ind, i, table.years))];
	const wb = new Workbook({
		sheet: SHEET,
		rows,
		names: {
			[NAMES.baseYear]: table.baseYear,
			[NAMES.targetYear]: table.targetYear,
			[NAMES.aboutTolerance]: DEFAULT_ABOUT_TOLERANCE
		}
	});
	const edited = new Map<string, Partial<Record<InputKey, true>>>();

	const locate = (id: string): { i: number; ind: Indicator } => {
		const i = index.get(id);
		const ind = i === undefined ? undefined : table.indicators[i];
		if (i === undefined || !ind) throw new ModelError('unknownIndicator', `No indicator "${id}"`);
		return { i, ind };
	};
	const read = (i: number, key: ColumnKey) => wb.value(sheetRow(i), colIndex(key));
	const rowValues = (i: number): RowValues => {
		const ind = table.indicators[i]!;
		const cells = {} as Record<ColumnKey, CellValue>;
		for (const c of COLUMNS) cells[c.key] = read(i, c.key);
		return { id: ind.id, cells, edited: { ...edited.get(ind.id) } };
	};

	return {
		table,
		set(id, input, value) {
			const { i, ind } = locate(id);
			if (!isInputKey(input)) throw new ModelError('notAnInput', `"${input}" is not an input`);
			if (ind.kind === 'qualitative')
				throw new ModelError('qualitative', `"${ind.name.en}" has no number to edit`);
			const def = inputDefaults(ind, i, table.baseYear)[input];
			const content = value === null ? def : value;
			if (typeof content === 'string' && content.startsWith('=') && !wb.isValidFormula(content))
				throw new ModelError('invalidFormula', `Not a valid formula: ${content}`);
			if (typeof content === 'number' && !Number.isFinite(content))
				throw new ModelError('outOfRange', 'Not a finite number');
			const row = sheetRow(i);
			const col = colIndex(input);
			const before = wb.contents(row, col);
			const changed = wb.set([{ row, col, content }]);
			const after = read(i, input);
			const problem = content === null ? null : rejectReason(input, after, table);
			if (problem) {
				wb.set([{ row, col, content: before }]);
				throw problem;
			}
			const marks = { ...edited.get(id) };
			if (value === null) delete marks[input];
			else marks[input] = true;
			edited.set(id, marks);
			return [...changed]
				.map((r) => table.indicators[r - HEADER_ROWS]?.id)
				.filter((x): x is string => x !== undefined);
		},
		derived(id) {
			const { i } = locate(id);
			const status = read(i, 'status');
			return {
				targetLevel: number(read(i, 'targetLevel')),
				projected: number(read(i, 'projected')),
				gap: number(read(i, 'gap')),
				requiredGrowth: number(read(i, 'required')),
				achievedGrowth: number(read(i, 'achieved')),
				progress: number(read(i, 'progress')),
				timeProgress: number(read(i, 'timeProgress')),
				status: isStatus(status) ? status : 'noData'
			};
		},
		formula(id, column) {
			const { i } = locate(id);
			return wb.formula(sheetRow(i), colIndex(column)) ?? null;
		},
		address(id, column) {
			return ref(column, locate(id).i);
		},
		describe(id, column) {
			const { i } = locate(id);
			const formula = wb.formula(sheetRow(i), colIndex(column)) ?? null;
			const refs = referencesIn(formula ?? '').flatMap((r) => {
				const ind = table.indicators[r.row];
				return ind
					? [{ address: r.address, id: ind.id, column: r.column, value: read(r.row, r.column) }]
					: [];
			});
			const names = namesIn(formula ?? '').map((name) => ({ name, value: wb.namedValue(name) }));
			return { address: ref(column, i), formula, refs, names };
		},
		row(id) {
			return rowValues(locate(id).i);
		},
		rows() {
			return table.indicators.map((_, i) => rowValues(i));
		},
		destroy() {
			wb.destroy();
		}
	};
}

function rowOf(ind: Indicator, i: number, years: number[]) {
	const contents = rowContents(ind, i, years);
	return COLUMNS.map((c) => contents[c.key]);
}

function rejectReason(input: InputKey, v: CellValue, table: PlanTable): ModelError | null {
	if (v !== null && typeof v === 'object')
		return new ModelError('formulaError', `${v.error} ${v.message}`.trim());
	if (typeof v !== 'number') return new ModelError('formulaError', 'The cell must hold a number');
	if (
		input === 'latestYear' &&
		(!Number.isInteger(v) || v < table.baseYear || v > table.targetYear)
	)
		return new ModelError(
			'outOfRange',
			`The latest year must be a whole year from ${table.baseYear} to ${table.targetYear}`
		);
	return null;
}
