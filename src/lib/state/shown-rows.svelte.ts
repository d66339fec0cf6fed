/**
 * The rows the grid shows, and what is counted of them. Each row's values are an
 * immutable snapshot in a signal of its own (RowState), so a change re-renders the
 * rows it touched and nothing else; the status counts per area move row by row and
 * never re-scan the table; and rows the engine moved out of view are marked stale
 * (row-view.ts) with the status the engine gave them, so the counts stay exact
 * without their values.
 */
import { areaCounts, type AreaCounts } from '../model/head';
import { sameRow, type RowValues } from '../model/row';
import type { Status } from '../model/status';
import { noCounts } from '../model/summary';
import type { PlanTable } from '../model/table';
import { RowState } from './row-state.svelte';
import type { StaleRows } from '../engine/session';
import { RowView } from './row-view';

/** The table the rows belong to, and each row's position in it by id. */
export type RowsOf = {
	table: Pick<PlanTable, 'indicators'> | null;
	index: ReadonlyMap<string, number>;
};

export class ShownRows {
	rows = $state.raw<RowValues[]>([]);
	/** The same rows, each in its own signal: what the grid renders. */
	states = $state.raw<RowState[]>([]);
	counts = $state.raw<AreaCounts>({});
	/** Rows out of view whose values the engine has moved since they were shown. */
	staleCount = $state(0);
	readonly view = new RowView();
	readonly #of: () => RowsOf;

	constructor(of: () => RowsOf) {
		this.#of = of;
	}

	/**
	 * All rows anew (a table opened, a scenario applied), every one as given; row signals are
	 * kept where they exist. `counts`: of rows beyond those given (a table's head), else counted.
	 */
	set(rows: RowValues[], counts?: AreaCounts): void {
		const states = this.states;
		// every row as the engine (or a file) gives it, and an engine that shows every row
		for (const i of this.view.reset()) if (states[i]) states[i].stale = false;
		this.staleCount = 0;
		if (states.length === rows.length && states.every((s, i) => s.values.id === rows[i]!.id)) {
			rows.forEach((r, i) => {
				if (!sameRow(states[i]!.values, r)) states[i]!.values = r;
			});
		} else this.states = rows.map((r) => new RowState(r));
		this.rows = rows;
		this.counts = counts ?? areaCounts(this.#of().table ?? { indicators: [] }, rows);
	}

	/**
	 * New snapshot objects for the rows that changed; the rest are kept as they are. With an
	 * engine's reply, the rows it sent are current again and those it names are stale. The
	 * area counts follow each row's status, the engine's where the page's values are stale.
	 */
	refresh(
		changed: readonly RowValues[],
		engine?: { rows: readonly RowValues[]; stale?: StaleRows }
	): void {
		if (changed.length === 0 && !engine?.rows.length && !engine?.stale) return;
		const { table, index } = this.#of();
		const next = changed.length ? this.rows.slice() : this.rows;
		const counts = { ...this.counts };
		const [view, states] = [this.view, this.states];
		const status = (i: number) => view.statusAt(i, next[i]);
		const recount = (i: number, was: Status) => {
			const now = status(i);
			if (was === now) return;
			const area = table?.indicators[i]?.area ?? '';
			const c = { ...(counts[area] ?? noCounts()) };
			c[was]--;
			c[now]++;
			counts[area] = c;
		};
		for (const row of changed) {
			const i = index.get(row.id);
			if (i === undefined) continue;
			const was = status(i);
			next[i] = row;
			recount(i, was);
			const state = states[i];
			if (state) state.values = row;
		}
		for (const row of engine?.rows ?? []) {
			const i = index.get(row.id);
			if (i === undefined || !view.isStale(i)) continue;
			const was = status(i);
			view.fresh(i);
			recount(i, was);
			if (states[i]) states[i].stale = false;
		}
		if (engine?.stale)
			for (const [i, now] of view.entries(engine.stale)) {
				const was = status(i);
				view.stale(i, now);
				recount(i, was);
				if (states[i]) states[i].stale = true;
			}
		this.rows = next;
		this.counts = counts;
		this.staleCount = view.staleCount;
	}
}
