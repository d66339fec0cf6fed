/**
 * Per-scenario bookkeeping that is not shown on screen and so is not
 * reactive: the undo history of each scenario, and the stored revision each
 * save of this tab builds on.
 */
import { History } from './history';

export class Books {
	readonly #histories = new Map<string, History>();
	readonly #revisions = new Map<string, number>();

	history(id: string): History {
		let h = this.#histories.get(id);
		if (!h) this.#histories.set(id, (h = new History()));
		return h;
	}

	peekHistory(id: string): History | undefined {
		return this.#histories.get(id);
	}

	forgetHistory(id: string): void {
		this.#histories.delete(id);
	}

	/** The stored revision this tab last read or wrote for a scenario (0: never stored). */
	revision(id: string): number {
		return this.#revisions.get(id) ?? 0;
	}

	setRevision(id: string, revision: number): void {
		this.#revisions.set(id, revision);
	}

	forget(id: string): void {
		this.#revisions.delete(id);
		this.#histories.delete(id);
	}
}
