/**
 * The one owner of a HyperFormula instance. Everything that touches the
 * library goes through here: the workbook is built in one call (all sheets and
 * names exist before any formula is read), edits run in batches, and
 * `destroy()` releases the engine.
 */
import {
	DetailedCellError,
	ExportedCellChange,
	HyperFormula,
	type ExportedChange,
	type RawCellContent
} from 'hyperformula';

import type { CellValue } from '../model/cell-value';
import { compactEdges, withIndexedEdges } from './edges';
import { shareParsedAsts } from './shared-asts';
import { ENGINE_ROUNDING } from '../model/preview';

export type { CellValue };

export type WorkbookSpec = {
	sheet: string;
	rows: RawCellContent[][];
	/** Named expressions: a constant or a formula ("=Indicators!$B$2*2"). */
	names: Record<string, number | string>;
};

export class Workbook {
	#hf: HyperFormula;
	#sheet: number;

	constructor(spec: WorkbookSpec) {
		shareParsedAsts();
		this.#hf = withIndexedEdges(() =>
			HyperFormula.buildFromSheets(
				{ [spec.sheet]: spec.rows },
				{
					licenseKey: 'gpl-v3',
					undoLimit: 0,
					useStats: false,
					// the page's previews round as the engine does (model/preview.ts)
					precisionRounding: ENGINE_ROUNDING.digits,
					precisionEpsilon: ENGINE_ROUNDING.epsilon,
					// the default 40,000 rows is a library default, not a limit of ours
					maxRows: Math.max(40_000, spec.rows.length + 1_000)
				},
				Object.entries(spec.names).map(([name, value]) => ({ name, expression: value }))
			)
		);
		compactEdges(this.#hf);
		const id = this.#hf.getSheetId(spec.sheet);
		if (id === undefined) throw new Error(`sheet ${spec.sheet} was not created`);
		this.#sheet = id;
	}

	value(row: number, col: number): CellValue {
		return toCellValue(this.#hf.getCellValue({ sheet: this.#sheet, row, col }));
	}

	/** Formula text of a cell, or undefined for a constant or an empty cell. */
	formula(row: number, col: number): string | undefined {
		return this.#hf.getCellFormula({ sheet: this.#sheet, row, col });
	}

	/** What the cell holds as typed: a number, a formula string or null. */
	contents(row: number, col: number): RawCellContent {
		return this.#hf.getCellSerialized({ sheet: this.#sheet, row, col });
	}

	isValidFormula(text: string): boolean {
		return this.#hf.validateFormula(text);
	}

	namedValue(name: string): CellValue {
		const v = this.#hf.getNamedExpressionValue(name);
		return Array.isArray(v) ? null : toCellValue(v);
	}

	/** Current expression of a named expression, as typed. */
	namedExpression(name: string): RawCellContent {
		return this.#hf.getNamedExpression(name)?.expression ?? null;
	}

	/** Replaces a named expression; returns the rows whose values changed. */
	setName(name: string, expression: number | string): Set<number> {
		const changes = this.#hf.changeNamedExpression(name, expression);
		return this.#rowsOf(changes);
	}

	/** Sets cells in one batch; returns the rows whose values changed. */
	set(cells: { row: number; col: number; content: RawCellContent }[]): Set<number> {
		const changes = this.#hf.batch(() => {
			for (const c of cells)
				this.#hf.setCellContents({ sheet: this.#sheet, row: c.row, col: c.col }, c.content);
		});
		const changed = this.#rowsOf(changes);
		for (const c of cells) changed.add(c.row);
		return changed;
	}

	#rowsOf(changes: ExportedChange[]): Set<number> {
		const rows = new Set<number>();
		for (const ch of changes)
			if (ch instanceof ExportedCellChange && ch.sheet === this.#sheet) rows.add(ch.row);
		return rows;
	}

	destroy(): void {
		this.#hf.destroy();
	}
}

function toCellValue(v: unknown): CellValue {
	if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	return null;
}
