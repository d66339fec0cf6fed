/**
 * Undo and redo for one scenario: two stacks of steps, each step one or more
 * changes made together (a paste is one step, however many cells it fills).
 * Pure and small; the caller applies what `undo()` and `redo()` hand back.
 */
import type { Change } from '../model/scenario';

export class History {
	#done: Change[][] = [];
	#undone: Change[][] = [];
	readonly #limit: number;

	constructor(limit = 500) {
		this.#limit = limit;
	}

	/** Adds a step, or with `join` adds the change to the last step. */
	push(change: Change, join = false): void {
		const last = this.#done.at(-1);
		if (join && last) last.push(change);
		else this.#done.push([change]);
		if (this.#done.length > this.#limit) this.#done.shift();
		this.#undone = [];
	}

	/** The step to revert, its changes in the order they were made; undefined when there is none. */
	undo(): readonly Change[] | undefined {
		const c = this.#done.pop();
		if (c) this.#undone.push(c);
		return c;
	}

	/** The step to apply again, or undefined when there is nothing to redo. */
	redo(): readonly Change[] | undefined {
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
