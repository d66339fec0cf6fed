/**
 * Undo and redo for one scenario: two stacks of changes. Pure and small; the
 * caller applies what `undo()` and `redo()` hand back.
 */
import type { Change } from '../model/scenario';

export class History {
	#done: Change[] = [];
	#undone: Change[] = [];
	readonly #limit: number;

	constructor(limit = 500) {
		this.#limit = limit;
	}

	push(change: Change): void {
		this.#done.push(change);
		if (this.#done.length > this.#limit) this.#done.shift();
		this.#undone = [];
	}

	/** The change to revert, or undefined when there is nothing to undo. */
	undo(): Change | undefined {
		const c = this.#done.pop();
		if (c) this.#undone.push(c);
		return c;
	}

	/** The change to apply again, or undefined when there is nothing to redo. */
	redo(): Change | undefined {
		const c = this.#undone.pop();
		if (c) this.#done.push(c);
		return c;
	}

	get canUndo(): boolean {
		return this.#done.length > 0;
	}

	get canRedo(): boolean {
		return this.#undone.length > 0;
	}
}
