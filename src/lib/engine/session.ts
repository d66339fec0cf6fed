/**
 * The engine's side of a conversation with the app: one open table at a time,
 * driven by plain-data requests and answering with plain-data replies, so the
 * same code runs in a Web Worker (the app) or in-process (tests, and browsers
 * without module workers). Replies carry only the rows an edit changed, and of
 * those only the rows the page shows (see `view`).
 *
 * Rows the page does not show cross only when it asks for them. A table-wide edit
 * at 10,000 indicators moves 1,615 rows; sent whole, the page copied and kept
 * about 1.6 MB per edit, and the young generation's collections that followed ran
 * past 50 ms on the main thread (BENCHMARKS.md). Instead, each row the page does
 * not have current values for is named as stale, with its new status, so the
 * page's status counts stay exact; the page asks for stale rows as they come into
 * view. Invariant: the page's stale rows, after it has read reply k, are the
 * session's after request k (replies come in request order).
 */
import type { ColumnDef, ColumnKey, InputKey } from '../model/columns';
import type { CellDescription, RowValues } from '../model/row';
import type { Comparison } from '../model/comparison';
import type { InputEntry, Scenario } from '../model/scenario';
import type { PlanTable } from '../model/table';
import { STATUSES } from '../model/status';
import { sameRow, statusOf } from '../model/row';
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
	/**
	 * The rows the page shows, by index in the table (null: all of them, as before any
	 * view). Answered with those of them that are stale; later edits send only these.
	 */
	| { op: 'view'; rows: number[] | null }
	| { op: 'describe'; id: string; column: ColumnKey }
	/** Two scenarios of the open table, each computed in a workbook of its own. */
	| { op: 'compare'; a: Scenario; b: Scenario }
	| { op: 'close' };

export type Reply =
	| {
			ok: true;
			/** Rows whose values changed (every row after `open`), of those the page shows. */
			rows: RowValues[];
			/** Rows whose values changed out of the page's view: they are stale on the page now. */
			stale?: StaleRows;
			assumptions?: Assumption[];
			columns?: readonly ColumnDef[];
			rejected?: Rejected[];
			description?: CellDescription;
			comparison?: Comparison;
	  }
	/** `detail`: see ModelError; absent for a failure that is not the model's. */
	| { ok: false; kind: string; message: string; detail?: string };

/**
 * Rows by index in the table, each with its status as of now (an index into STATUSES):
 * typed arrays, so a thousand of them cross as two buffers, not a thousand objects.
 */
export type StaleRows = { rows: Int32Array; status: Uint8Array };

/** A row's status as a stale list carries it: its index in STATUSES. */
export const statusCode = (row: RowValues): number => STATUSES.indexOf(statusOf(row));

export class Session {
	#model: Model | null = null;
	/** Every row as computed now, by index, so a reply carries only the rows whose values did move. */
	#current: RowValues[] = [];
	/** Each row's index in the table, by id. */
	#index = new Map<string, number>();
	/** The rows the page shows, by index; null: every row. */
	#view: ReadonlySet<number> | null = null;
	/** Rows whose values moved since the page last had them, by index. */
	#stale = new Set<number>();
	#table: PlanTable | null = null;

	/**
	 * Every row as computed now, or null when no table is open: kept current by
	 * every edit, in table order (no second read of the workbook).
	 */
	rows(): RowValues[] | null {
		return this.#model ? this.#current.slice() : null;
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
			this.#current = [];
			this.#index.clear();
			this.#stale.clear();
			this.#view = null;
			return { ok: true, rows: [] };
		}
		const model = this.#model;
		if (!model || !this.#table) return { ok: false, kind: 'noTable', message: 'No table is open' };
		if (req.op === 'compare')
			return { ok: true, rows: [], comparison: compareScenarios(this.#table, req.a, req.b) };
		if (req.op === 'describe')
			return { ok: true, rows: [], description: model.describe(req.id, req.column) };
		if (req.op === 'view') return { ok: true, rows: this.#see(req.rows) };
		if (req.op === 'set') return this.#moved(model, model.set(req.id, req.input, req.value));
		const changed = model.setAssumption(req.key, req.value);
		return { ...this.#moved(model, changed), assumptions: model.assumptions() };
	}

	/** Records what the page shows; returns the stale rows among them, which are then current there. */
	#see(rows: number[] | null): RowValues[] {
		this.#view = rows && new Set(rows);
		const out: RowValues[] = [];
		for (const i of [...(rows ?? this.#stale)].sort((a, b) => a - b))
			if (this.#stale.delete(i)) out.push(this.#current[i]!);
		return out;
	}

	/**
	 * The rows among `ids` whose values differ from those computed before: sent where the
	 * page shows them, named stale elsewhere. The first edit after a build reports every
	 * row the engine evaluates late (all of them, for a table-wide assumption); sending
	 * only real changes spares the app thousands of rows it would copy and compare for nothing.
	 */
	#moved(model: Model, ids: string[]): Extract<Reply, { ok: true }> {
		const rows: RowValues[] = [];
		const stale: number[] = [];
		const status: number[] = [];
		for (const id of ids) {
			const row = model.row(id);
			const i = this.#index.get(id)!;
			const last = this.#current[i];
			if (last && sameRow(last, row)) continue;
			this.#current[i] = row;
			if (!this.#view || this.#view.has(i)) {
				this.#stale.delete(i);
				rows.push(row);
			} else {
				this.#stale.add(i);
				stale.push(i);
				status.push(statusCode(row));
			}
		}
		return stale.length
			? { ok: true, rows, stale: { rows: Int32Array.from(stale), status: Uint8Array.from(status) } }
			: { ok: true, rows };
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
		// a copy: in-process, the reply's array becomes the page's
		this.#current = rows.slice();
		this.#index = new Map(rows.map((r, i) => [r.id, i]));
		this.#stale.clear();
		this.#view = null;
		return {
			ok: true,
			rows,
			assumptions: model.assumptions(),
			columns: model.columns,
			rejected
		};
	}
}
