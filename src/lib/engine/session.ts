/**
 * The engine's side of a conversation with the app: one open table at a time,
 * driven by plain-data requests and answering with plain-data replies, so the
 * same code runs in a Web Worker (the app) or in-process (tests, and browsers
 * without module workers). Replies carry only the rows an edit changed.
 */
import type { CellValue } from '../model/cell-value';
import type { ColumnDef, ColumnKey, InputKey } from '../model/columns';
import type { CellDescription, RowValues } from '../model/row';
import type { Comparison } from '../model/comparison';
import type { InputEntry, Scenario } from '../model/scenario';
import type { PlanTable } from '../model/table';
import { compareScenarios } from './compare';
import { createModel, type Assumption, type AssumptionKey, type Model } from './model';

/** An input or assumption of a scenario that the table could not take, with the reason. */
export type Rejected = { indicator: string; input: InputKey; value: InputEntry; reason: string };

export type Request =
	| {
			op: 'open';
			table: PlanTable;
			inputs: { indicator: string; input: InputKey; value: InputEntry }[];
			assumptions: Partial<Record<AssumptionKey, number>>;
	  }
	| { op: 'set'; id: string; input: InputKey; value: InputEntry | null }
	| { op: 'setAssumption'; key: AssumptionKey; value: number | null }
	| { op: 'describe'; id: string; column: ColumnKey }
	/** Two scenarios of the open table, each computed in a workbook of its own. */
	| { op: 'compare'; a: Scenario; b: Scenario }
	| { op: 'close' };

export type Reply =
	| {
			ok: true;
			/** Rows whose values changed (every row after `open`). */
			rows: RowValues[];
			assumptions?: Assumption[];
			columns?: readonly ColumnDef[];
			rejected?: Rejected[];
			description?: CellDescription;
			comparison?: Comparison;
	  }
	/** `detail`: see ModelError; absent for a failure that is not the model's. */
	| { ok: false; kind: string; message: string; detail?: string };

export class Session {
	#model: Model | null = null;
	/** The rows as last sent, so a reply carries only the rows whose values did move. */
	#sent = new Map<string, RowValues>();
	#table: PlanTable | null = null;

	/**
	 * Every row as computed now, or null when no table is open: the rows as last
	 * sent, which every edit keeps current, in table order (no second read of
	 * the workbook).
	 */
	rows(): RowValues[] | null {
		return this.#model ? [...this.#sent.values()] : null;
	}

	/** The open table's assumptions as they stand now, or null when no table is open. */
	assumptions(): Assumption[] | null {
		return this.#model?.assumptions() ?? null;
	}

	handle(req: Request): Reply {
		try {
			return this.#handle(req);
		} catch (e) {
			const err = e as { kind?: string; message?: string; detail?: unknown };
			return {
				ok: false,
				kind: err.kind ?? 'engineError',
				message: err.message ?? String(e),
				...(typeof err.detail === 'string' ? { detail: err.detail } : {})
			};
		}
	}

	#handle(req: Request): Reply {
		if (req.op === 'open') return this.#open(req);
		if (req.op === 'close') {
			this.#model?.destroy();
			this.#model = null;
			this.#table = null;
			this.#sent.clear();
			return { ok: true, rows: [] };
		}
		const model = this.#model;
		if (!model || !this.#table) return { ok: false, kind: 'noTable', message: 'No table is open' };
		if (req.op === 'compare')
			return { ok: true, rows: [], comparison: compareScenarios(this.#table, req.a, req.b) };
		if (req.op === 'describe')
			return { ok: true, rows: [], description: model.describe(req.id, req.column) };
		if (req.op === 'set')
			return { ok: true, rows: this.#moved(model, model.set(req.id, req.input, req.value)) };
		const changed = model.setAssumption(req.key, req.value);
		return { ok: true, rows: this.#moved(model, changed), assumptions: model.assumptions() };
	}

	/**
	 * The rows among `ids` whose values differ from those last sent. The first
	 * edit after a build reports every row the engine evaluates late (all of
	 * them, for a table-wide assumption); sending only real changes spares the
	 * app thousands of rows it would copy and compare for nothing.
	 */
	#moved(model: Model, ids: string[]): RowValues[] {
		const out: RowValues[] = [];
		for (const id of ids) {
			const row = model.row(id);
			const last = this.#sent.get(id);
			if (last && sameRow(last, row)) continue;
			this.#sent.set(id, row);
			out.push(row);
		}
		return out;
	}

	/** Builds the table's workbook with a scenario's entries; entries it rejects are reported. */
	#open(req: Extract<Request, { op: 'open' }>): Reply {
		this.#model?.destroy();
		this.#model = null;
		const model = createModel(req.table);
		const known = new Set(req.table.indicators.map((i) => i.id));
		const rejected: Rejected[] = [];
		for (const e of req.inputs) {
			if (!known.has(e.indicator)) {
				rejected.push({ ...e, reason: 'unknownIndicator' });
				continue;
			}
			try {
				model.set(e.indicator, e.input, e.value);
			} catch (err) {
				rejected.push({ ...e, reason: (err as { kind?: string }).kind ?? 'formulaError' });
			}
		}
		for (const [key, value] of Object.entries(req.assumptions))
			try {
				model.setAssumption(key as AssumptionKey, value);
			} catch {
				rejected.push({ indicator: '', input: 'assumed', value, reason: `assumption ${key}` });
			}
		this.#model = model;
		this.#table = req.table;
		const rows = model.rows();
		this.#sent = new Map(rows.map((r) => [r.id, r]));
		return {
			ok: true,
			rows,
			assumptions: model.assumptions(),
			columns: model.columns,
			rejected
		};
	}
}

function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
	if (a === b) return true;
	if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
	if (a && b && typeof a === 'object' && typeof b === 'object')
		return a.error === b.error && a.message === b.message;
	return false;
}

function sameRow(a: RowValues, b: RowValues): boolean {
	const keys = new Set([...Object.keys(a.cells), ...Object.keys(b.cells)]) as Set<ColumnKey>;
	for (const k of keys) if (!sameValue(a.cells[k], b.cells[k])) return false;
	const edits = new Set([...Object.keys(a.edited), ...Object.keys(b.edited)]) as Set<InputKey>;
	for (const k of edits) if (a.edited[k] !== b.edited[k]) return false;
	return true;
}
