/**
 * The notebook's live state: the loaded table, the model behind it, and an
 * immutable snapshot of every computed row that the view renders. Edits come
 * in as commands (`edit`, `reset`); the model recomputes synchronously and only
 * the rows it reports as changed get new snapshot objects, so Svelte updates
 * exactly the cells whose values moved, in the same frame.
 *
 * The engine (HyperFormula) is imported lazily so the shell paints before the
 * library has loaded.
 */
import type { CellDescription, Model, RowValues } from '../engine';
import type { ColumnKey, InputKey } from '../model/columns';
import { parseEntry, type EntryStyle } from '../model/entry';
import { growthStyle, indexById } from '../model/indicator';
import type { Indicator, PlanTable } from '../model/table';
import { parsePlanTable } from '../tables/load';

export type EditResult =
	{ ok: true } | { ok: false; reason: 'notANumber' | string; detail: string };

type LoadState =
	{ phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; problems: string[] };

export class Notebook {
	table = $state.raw<PlanTable | null>(null);
	rows = $state.raw<RowValues[]>([]);
	load = $state.raw<LoadState>({ phase: 'loading' });
	#model: Model | null = null;
	#rowIndex: ReadonlyMap<string, number> = indexById([]);

	/** Fetches a data file, validates it and builds the model. Never throws. */
	async open(url: string, fetcher: typeof fetch = fetch): Promise<void> {
		this.load = { phase: 'loading' };
		try {
			const res = await fetcher(url);
			if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
			const parsed = parsePlanTable(await res.json());
			if (!parsed.ok) {
				this.load = { phase: 'failed', problems: parsed.problems };
				return;
			}
			const { createModel } = await import('../engine');
			this.#model?.destroy();
			this.#model = createModel(parsed.table);
			this.#rowIndex = indexById(parsed.table.indicators);
			this.table = parsed.table;
			this.rows = this.#model.rows();
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

	/** Applies what a person typed into an input cell. Nothing changes when it is rejected. */
	edit(id: string, key: InputKey, text: string): EditResult {
		const ind = this.indicator(id);
		if (!ind || !this.#model) return { ok: false, reason: 'unknownIndicator', detail: id };
		const entry = parseEntry({ text, style: this.entryStyle(ind, key) });
		if (entry.kind === 'invalid') return { ok: false, reason: 'notANumber', detail: text };
		const value =
			entry.kind === 'reset' ? null : entry.kind === 'number' ? entry.value : entry.text;
		return this.#apply(id, key, value);
	}

	reset(id: string, key: InputKey): EditResult {
		return this.#apply(id, key, null);
	}

	describe(id: string, column: ColumnKey): CellDescription | null {
		return this.#model?.describe(id, column) ?? null;
	}

	destroy(): void {
		this.#model?.destroy();
		this.#model = null;
	}

	#apply(id: string, key: InputKey, value: number | string | null): EditResult {
		const model = this.#model;
		if (!model) return { ok: false, reason: 'unknownIndicator', detail: id };
		let changed: string[];
		try {
			changed = model.set(id, key, value);
		} catch (e) {
			const err = e as { kind?: string; message?: string };
			return { ok: false, reason: err.kind ?? 'formulaError', detail: err.message ?? String(e) };
		}
		const next = this.rows.slice();
		for (const cid of changed) {
			const i = this.#rowIndex.get(cid);
			if (i !== undefined) next[i] = model.row(cid);
		}
		this.rows = next;
		return { ok: true };
	}
}
