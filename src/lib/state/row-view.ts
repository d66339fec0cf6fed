/**
 * The page's side of the row window (engine/session.ts): which rows the grid shows,
 * which of the page's rows are stale (moved in the engine while out of view), and the
 * view the engine has been told. Plain bookkeeping: the notebook sends the requests.
 *
 * Invariant: a row is stale here exactly when the engine's session holds it stale as of
 * the last reply the page has read; only rows that come from the engine make a row
 * fresh again (a preview, or a preview falling back, leaves the mark as it is).
 */
import type { StaleRows } from '../engine/session';
import { statusOf, type RowValues } from '../model/row';
import { STATUSES, type Status } from '../model/status';

export class RowView {
	/** Stale rows by index, each with its status as the engine last gave it. */
	#stale = new Map<number, Status>();
	/** The rows the grid shows, by index; null: every row. */
	#shown: readonly number[] | null = null;
	/** The view the engine has, as last sent (null: every row). */
	#told: readonly number[] | null = null;

	/** The rows the grid shows (null: every row): what a table-wide preview covers. */
	get shown(): readonly number[] | null {
		return this.#shown;
	}

	get staleCount(): number {
		return this.#stale.size;
	}

	isStale(i: number): boolean {
		return this.#stale.has(i);
	}

	/** A row's status: the engine's, where the page's values for it are stale. */
	statusAt(i: number, row: RowValues | undefined): Status {
		return this.#stale.get(i) ?? (row ? statusOf(row) : 'noData');
	}

	/** Records the rows the grid shows; true when some of them are stale (the engine is to be asked). */
	show(rows: readonly number[] | null): boolean {
		this.#shown = rows;
		return this.staleAmong(rows).length > 0;
	}

	/** The stale rows among `rows` (null: all), in table order. */
	staleAmong(rows: readonly number[] | null): number[] {
		if (this.#stale.size === 0) return [];
		const out = rows ? rows.filter((i) => this.#stale.has(i)) : [...this.#stale.keys()];
		return out.sort((a, b) => a - b);
	}

	/** The view to tell the engine before an edit, or undefined when it has this one already. */
	untold(): { rows: readonly number[] | null } | undefined {
		return sameRows(this.#shown, this.#told) ? undefined : { rows: this.#shown };
	}

	/** The engine has been sent this view. */
	told(rows: readonly number[] | null): void {
		this.#told = rows;
	}

	/** A row the engine sent: the page's values for it are current. */
	fresh(i: number): void {
		this.#stale.delete(i);
	}

	/** The rows a reply names stale, as [index, status] pairs. */
	*entries(list: StaleRows): Generator<[number, Status]> {
		for (let n = 0; n < list.rows.length; n++)
			yield [list.rows[n]!, STATUSES[list.status[n]!] ?? 'noData'];
	}

	stale(i: number, status: Status): void {
		this.#stale.set(i, status);
	}

	/** The engine opened the table anew: every row is as it sent it, and it shows every row. */
	reset(): number[] {
		const was = [...this.#stale.keys()];
		this.#stale.clear();
		this.#told = null;
		return was;
	}
}

function sameRows(a: readonly number[] | null, b: readonly number[] | null): boolean {
	if (a === b) return true;
	if (!a || !b || a.length !== b.length) return false;
	return a.every((x, i) => x === b[i]);
}
