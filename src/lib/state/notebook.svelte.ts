/**
 * The notebook's live state: the loaded table, the model behind it, and an
 * immutable snapshot of every computed row that the view renders. Edits come
 * in as commands (`setInput`, `setAssumption`); the model recomputes synchronously and only
 * the rows it reports as changed get new snapshot objects, so Svelte updates
 * exactly the cells whose values moved, in the same frame.
 *
 * The engine (HyperFormula) is imported lazily so the shell paints before the
 * library has loaded.
 */
import type { Assumption, AssumptionKey, CellDescription, Model, RowValues } from '../engine';
import type { ColumnDef, ColumnKey, InputKey } from '../model/columns';
import { parseEntry, type EntryStyle } from '../model/entry';
import { growthStyle, indexById } from '../model/indicator';
import type { Indicator, PlanTable } from '../model/table';
import type { Catalog } from '../model/catalog';
import type { ProseFigure, ProseSet } from '../model/prose';
import { entriesOf, type InputEntry, type Scenario } from '../model/scenario';
import { parseCatalog, parsePlanTable, parseProseSet } from '../tables/load';
import { RowState } from './row-state.svelte';

export type AssumptionView = Assumption;

export type EditFailure = { ok: false; reason: 'notANumber' | string; detail: string };
export type EditResult = { ok: true } | EditFailure;
export type ReadResult = { ok: true; value: InputEntry | null } | EditFailure;

/** A scenario entry the current table cannot take, with the reason. */
export type Orphan = { indicator: string; input: InputKey; value: InputEntry; reason: string };

function failure(e: unknown, fallback: string): EditFailure {
	const err = e as { kind?: string; message?: string };
	return { ok: false, reason: err.kind ?? fallback, detail: err.message ?? String(e) };
}

type LoadState =
	{ phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; problems: string[] };

export class Notebook {
	table = $state.raw<PlanTable | null>(null);
	rows = $state.raw<RowValues[]>([]);
	/** The same rows, each in its own signal: what the grid renders. */
	rowStates = $state.raw<RowState[]>([]);
	columns = $state.raw<readonly ColumnDef[]>([]);
	assumptions = $state.raw<Assumption[]>([]);
	load = $state.raw<LoadState>({ phase: 'loading' });
	catalog = $state.raw<Catalog | null>(null);
	prose = $state.raw<ProseSet[]>([]);
	/** Problems with optional data (a prose file that did not load): shown, never fatal. */
	warnings = $state.raw<string[]>([]);
	#model: Model | null = null;
	#dataUrl: (file: string) => string = (file) => file;
	#fetch: typeof fetch = (...args) => fetch(...args);
	#rowIndex: ReadonlyMap<string, number> = indexById([]);

	/**
	 * Reads the data set's index and its prose figures. Never throws: a missing
	 * index fails the load with a message; a missing prose file is a warning.
	 */
	async init(options: {
		dataUrl: (file: string) => string;
		fetcher?: typeof fetch;
	}): Promise<boolean> {
		this.#dataUrl = options.dataUrl;
		if (options.fetcher) this.#fetch = options.fetcher;
		try {
			const parsed = parseCatalog(await this.#json('index.json'));
			if (!parsed.ok) {
				this.load = { phase: 'failed', problems: parsed.problems };
				return false;
			}
			this.catalog = parsed.value;
		} catch (e) {
			this.load = { phase: 'failed', problems: [e instanceof Error ? e.message : String(e)] };
			return false;
		}
		const sets = await Promise.all(
			this.catalog.prose.map(async (id) => {
				try {
					const parsed = parseProseSet(await this.#json(`${id}.json`));
					return parsed.ok ? parsed.value : `${id}: ${parsed.problems.join('; ')}`;
				} catch (e) {
					return `${id}: ${e instanceof Error ? e.message : String(e)}`;
				}
			})
		);
		this.prose = sets.filter((x): x is ProseSet => typeof x !== 'string');
		this.warnings = sets.filter((x): x is string => typeof x === 'string');
		return true;
	}

	async #json(file: string): Promise<unknown> {
		const url = this.#dataUrl(file);
		const res = await this.#fetch(url);
		if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
		return res.json();
	}

	/** Prose figures that belong to an indicator of the open table, oldest first. */
	figuresFor(id: string): { figure: ProseFigure; file: string }[] {
		const table = this.table?.id;
		return this.prose
			.flatMap((set) =>
				set.figures
					.filter((f) => f.indicator?.table === table && f.indicator?.id === id)
					.map((figure) => ({ figure, file: set.source.file }))
			)
			.sort((a, b) => a.figure.year - b.figure.year);
	}

	/** Shows a load failure (an unknown table in the address, say). */
	fail(problems: string[]): void {
		this.load = { phase: 'failed', problems };
	}

	/** Fetches a plan table by id, validates it and builds the model. Never throws. */
	async open(tableId: string): Promise<void> {
		this.load = { phase: 'loading' };
		try {
			const parsed = parsePlanTable(await this.#json(`${tableId}.json`));
			if (!parsed.ok) {
				this.load = { phase: 'failed', problems: parsed.problems };
				return;
			}
			const { createModel } = await import('../engine');
			this.#model?.destroy();
			this.#model = createModel(parsed.table);
			this.#rowIndex = indexById(parsed.table.indicators);
			this.table = parsed.table;
			this.columns = this.#model.columns;
			this.#setRows(this.#model.rows());
			this.assumptions = this.#model.assumptions();
			this.load = { phase: 'ready' };
		} catch (e) {
			this.load = { phase: 'failed', problems: [e instanceof Error ? e.message : String(e)] };
		}
	}

	indicator(id: string): Indicator | undefined {
		const i = this.#rowIndex.get(id);
		return i === undefined ? undefined : this.table?.indicators[i];
	}

	/** The entry style of an input cell: how typed text is read. */
	entryStyle(ind: Indicator, key: InputKey): EntryStyle {
		if (key === 'latestYear') return 'year';
		if (key === 'stated' || key === 'assumed') {
			const style = growthStyle(ind, key);
			return style === 'percent' ? 'percent' : style === 'points' ? 'points' : 'level';
		}
		return 'level';
	}

	/** Reads what a person typed into an input cell: a value to set, null to restore, or why not. */
	read(id: string, key: InputKey, text: string): ReadResult {
		const ind = this.indicator(id);
		if (!ind) return { ok: false, reason: 'unknownIndicator', detail: id };
		const entry = parseEntry({ text, style: this.entryStyle(ind, key) });
		if (entry.kind === 'invalid') return { ok: false, reason: 'notANumber', detail: text };
		return {
			ok: true,
			value: entry.kind === 'reset' ? null : entry.kind === 'number' ? entry.value : entry.text
		};
	}

	/** Reads a typed assumption (a percentage); empty text restores the default. */
	readAssumption(text: string): { ok: true; value: number | null } | EditFailure {
		const entry = parseEntry({ text, style: 'percent' });
		if (entry.kind === 'invalid' || entry.kind === 'formula')
			return { ok: false, reason: 'notANumber', detail: text };
		return { ok: true, value: entry.kind === 'reset' ? null : entry.value };
	}

	/** The value an input holds as typed (number or formula), or null at its published default. */
	typed(id: string, key: InputKey): InputEntry | null {
		const row = this.rows[this.#rowIndex.get(id) ?? -1];
		if (!row?.edited[key]) return null;
		const formula = this.#model?.formula(id, key);
		const v = row.cells[key];
		return formula ?? (typeof v === 'number' ? v : null);
	}

	/** Sets an input (null restores the published default). Nothing changes when it is rejected. */
	setInput(id: string, key: InputKey, value: InputEntry | null): EditResult {
		const model = this.#model;
		if (!model) return { ok: false, reason: 'unknownIndicator', detail: id };
		try {
			this.#refresh(model.set(id, key, value));
		} catch (e) {
			return failure(e, 'formulaError');
		}
		return { ok: true };
	}

	setAssumption(key: AssumptionKey, value: number | null): EditResult {
		const model = this.#model;
		if (!model) return { ok: false, reason: 'unknownIndicator', detail: key };
		try {
			this.#refresh(model.setAssumption(key, value));
		} catch (e) {
			return failure(e, 'outOfRange');
		}
		this.assumptions = model.assumptions();
		return { ok: true };
	}

	/**
	 * Rebuilds the model from the published table and applies a scenario's
	 * inputs and assumptions. Returns the entries that could not be applied
	 * (an indicator no longer in the table, a value the model rejects): they are
	 * reported, and they stay in the scenario.
	 */
	async applyScenario(s: Scenario): Promise<Orphan[]> {
		const table = this.table;
		if (!table) return [];
		const { createModel } = await import('../engine');
		const model = createModel(table);
		const orphans: Orphan[] = [];
		for (const e of entriesOf(s)) {
			if (!this.#rowIndex.has(e.indicator)) {
				orphans.push({ ...e, reason: 'unknownIndicator' });
				continue;
			}
			try {
				model.set(e.indicator, e.input, e.value);
			} catch (err) {
				orphans.push({ ...e, reason: (err as { kind?: string }).kind ?? 'formulaError' });
			}
		}
		for (const [name, value] of Object.entries(s.assumptions))
			try {
				model.setAssumption(name as AssumptionKey, value);
			} catch {
				orphans.push({ indicator: '', input: 'assumed', value, reason: `assumption ${name}` });
			}
		this.#model?.destroy();
		this.#model = model;
		this.#setRows(model.rows());
		this.assumptions = model.assumptions();
		return orphans;
	}

	describe(id: string, column: ColumnKey): CellDescription | null {
		return this.#model?.describe(id, column) ?? null;
	}

	destroy(): void {
		this.#model?.destroy();
		this.#model = null;
	}

	/** New snapshot objects for the rows that changed; the rest are kept as they are. */
	#refresh(changed: string[]): void {
		const model = this.#model;
		if (!model || changed.length === 0) return;
		const next = this.rows.slice();
		for (const id of changed) {
			const i = this.#rowIndex.get(id);
			if (i === undefined) continue;
			next[i] = model.row(id);
			const state = this.rowStates[i];
			if (state) state.values = next[i];
		}
		this.rows = next;
	}

	/** All rows anew (a table opened, a scenario applied): row signals are kept where they exist. */
	#setRows(rows: RowValues[]): void {
		const states = this.rowStates;
		if (states.length === rows.length && states.every((s, i) => s.values.id === rows[i]!.id)) {
			rows.forEach((r, i) => (states[i]!.values = r));
		} else this.rowStates = rows.map((r) => new RowState(r));
		this.rows = rows;
	}
}
