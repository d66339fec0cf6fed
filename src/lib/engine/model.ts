/**
 * A plan table loaded into a workbook: the public model the app and the tests
 * drive. Inputs are set by indicator id and input key; every derived value is a
 * formula cell, read back through `derived()` or, as text, through `formula()`.
 * Table-wide assumptions (deflator, tolerance for 左右) are named expressions.
 */
import type { CellValue } from '../model/cell-value';
import { type ColumnDef, type ColumnKey, type InputKey, isInputKey } from '../model/columns';
import { forbiddenFunctions } from '../model/formula-policy';
import { indexById } from '../model/indicator';
import type { CellDescription, RowValues } from '../model/row';
import { isStatus } from '../model/status';
import type { Derived } from '../model/trajectory';
import type { Indicator, PlanTable } from '../model/table';
import { namesIn, referencesIn } from './describe';
import { ModelError } from './errors';
import { impliedDeflatorFormula, inputDefaults, rowContents } from './formulas';
import { DEFAULT_ABOUT_TOLERANCE, HEADER_ROWS, Layout, NAMES, SHEET, sheetRow } from './layout';
import { Workbook } from './workbook';

/** An indicator's derived values, in the shape of the reference arithmetic's (model/trajectory.ts). */
export type { Derived };

export type InputValue = number | string | null;

export type { Assumption, AssumptionKey } from '../model/assumption';
import { ASSUMPTION_KEYS, type Assumption, type AssumptionKey } from '../model/assumption';

export type Model = {
	readonly table: PlanTable;
	readonly columns: readonly ColumnDef[];
	/**
	 * Sets an input: a number, a formula ("=B2*1.1"), or null to restore the
	 * published default. Throws ModelError (nothing changes) when the input is
	 * rejected. Returns the ids of the rows whose values changed.
	 * @example model.set('gdp', 'assumed', 0.06)
	 */
	set(id: string, input: InputKey, value: InputValue): string[];
	/** Sets a table-wide assumption (a number, or null for its default); returns changed row ids. */
	setAssumption(key: AssumptionKey, value: number | null): string[];
	assumptions(): Assumption[];
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
	const index = indexById(table.indicators);
	const layout = new Layout(table);
	const columns = layout.columns;
	const ctx = (ind: Indicator, i: number) => ({ ind, index: i, table, layout });
	const rows = [
		columns.map((c) => c.key as string),
		...table.indicators.map((ind, i) => {
			const contents = rowContents(ctx(ind, i));
			return columns.map((c) => contents[c.key] ?? null);
		})
	];
	const implied = impliedDeflatorFormula(table);
	const defaults: Record<AssumptionKey, number | string> = {
		deflator: implied ? `=${NAMES.impliedDeflator}` : 0,
		aboutTolerance: DEFAULT_ABOUT_TOLERANCE
	};
	const wb = new Workbook({
		sheet: SHEET,
		rows,
		names: {
			[NAMES.baseYear]: table.baseYear,
			[NAMES.targetYear]: table.targetYear,
			[NAMES.aboutTolerance]: defaults.aboutTolerance,
			...(implied ? { [NAMES.impliedDeflator]: implied } : {}),
			[NAMES.deflator]: defaults.deflator
		}
	});
	const edited = new Map<string, Partial<Record<InputKey, true>>>();
	const editedAssumptions = new Set<AssumptionKey>();

	const locate = (id: string): { i: number; ind: Indicator } => {
		const i = index.get(id);
		const ind = i === undefined ? undefined : table.indicators[i];
		if (i === undefined || !ind)
			throw new ModelError('unknownIndicator', `No indicator "${id}"`, id);
		return { i, ind };
	};
	const read = (i: number, key: ColumnKey) =>
		layout.has(key) ? wb.value(sheetRow(i), layout.col(key)) : null;
	const rowValues = (i: number): RowValues => {
		const ind = table.indicators[i]!;
		const cells: Partial<Record<ColumnKey, CellValue>> = {};
		for (const c of columns) cells[c.key] = read(i, c.key);
		return { id: ind.id, cells, edited: { ...edited.get(ind.id) } };
	};
	const idsOf = (sheetRows: Set<number>) =>
		[...sheetRows]
			.map((r) => table.indicators[r - HEADER_ROWS]?.id)
			.filter((x): x is string => x !== undefined);
	const nameOf = (key: AssumptionKey) => NAMES[key];

	return {
		table,
		columns,
		set(id, input, value) {
			const { i, ind } = locate(id);
			if (!isInputKey(input))
				throw new ModelError('notAnInput', `"${input}" is not an input`, input);
			if (ind.kind === 'qualitative')
				throw new ModelError('qualitative', `"${ind.name.en}" has no number to edit`);
			const content = value === null ? inputDefaults(ctx(ind, i))[input] : value;
			if (typeof content === 'string' && content.startsWith('=')) {
				const forbidden = forbiddenFunctions(content);
				if (forbidden.length)
					throw new ModelError(
						'forbiddenFunction',
						`Not allowed here: ${forbidden.join(', ')}`,
						forbidden.join(', ')
					);
				if (!wb.isValidFormula(content))
					throw new ModelError('invalidFormula', `Not a valid formula: ${content}`, content);
			}
			if (typeof content === 'number' && !Number.isFinite(content))
				throw new ModelError('outOfRange', 'Not a finite number');
			const row = sheetRow(i);
			const col = layout.col(input);
			const before = wb.contents(row, col);
			const changed = wb.set([{ row, col, content }]);
			// a default is the published state, whatever it computes to: restoring it is always allowed
			const problem = value === null ? null : rejectReason(input, read(i, input), table);
			if (problem) {
				wb.set([{ row, col, content: before }]);
				throw problem;
			}
			const marks = { ...edited.get(id) };
			if (value === null) delete marks[input];
			else marks[input] = true;
			edited.set(id, marks);
			return idsOf(changed);
		},
		setAssumption(key, value) {
			if (value !== null && !Number.isFinite(value))
				throw new ModelError('outOfRange', 'Not a finite number');
			if (key === 'aboutTolerance' && value !== null && (value < 0 || value > 1))
				throw new ModelError(
					'outOfRange',
					'The tolerance must be between 0 % and 100 %',
					'0%–100%'
				);
			if (key === 'deflator' && value !== null && value <= -1)
				throw new ModelError('outOfRange', 'A deflator must be above −100 %', '> −100%');
			const changed = wb.setName(nameOf(key), value ?? defaults[key]);
			if (value === null) editedAssumptions.delete(key);
			else editedAssumptions.add(key);
			return idsOf(changed);
		},
		assumptions() {
			return ASSUMPTION_KEYS.map((key) => ({
				key,
				name: nameOf(key),
				value: wb.namedValue(nameOf(key)),
				expression: String(wb.namedExpression(nameOf(key)) ?? ''),
				edited: editedAssumptions.has(key),
				implied: key === 'deflator' && implied ? wb.namedValue(NAMES.impliedDeflator) : null
			}));
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
			return layout.has(column) ? (wb.formula(sheetRow(i), layout.col(column)) ?? null) : null;
		},
		address(id, column) {
			return layout.ref(column, locate(id).i);
		},
		describe(id, column) {
			const { i } = locate(id);
			const formula = layout.has(column)
				? (wb.formula(sheetRow(i), layout.col(column)) ?? null)
				: null;
			const refs = referencesIn(formula ?? '', layout).flatMap((r) => {
				const ind = table.indicators[r.row];
				return ind
					? [{ address: r.address, id: ind.id, column: r.column, value: read(r.row, r.column) }]
					: [];
			});
			const names = namesIn(formula ?? '').map((name) => ({ name, value: wb.namedValue(name) }));
			return { address: layout.ref(column, i), formula, refs, names };
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

function rejectReason(input: InputKey, v: CellValue, table: PlanTable): ModelError | null {
	if (v !== null && typeof v === 'object')
		return new ModelError('formulaError', `${v.error} ${v.message}`.trim(), v.error);
	if (typeof v !== 'number') return new ModelError('formulaError', 'The cell must hold a number');
	if (
		input === 'latestYear' &&
		(!Number.isInteger(v) || v < table.baseYear || v > table.targetYear)
	)
		return new ModelError(
			'outOfRange',
			`The latest year must be a whole year from ${table.baseYear} to ${table.targetYear}`,
			`${table.baseYear}–${table.targetYear}`
		);
	return null;
}
