/**
 * How many of a grid's rows render while the grid fills. Rendering and laying out a
 * whole screenful of rows in one task blocks the page for a quarter of a second on a
 * slow phone, so rows that arrive in bulk render a slice per frame: the first rows
 * paint at once, and no task of the first paint runs long. Each slice holds what the
 * slice before showed this machine renders in `BUDGET_MS`, so a fast machine fills
 * the grid in a frame or two and a slow one in several short steps. Layout is not
 * timed: it follows in the frame, and grows with the slice much as rendering does.
 */
import { flushSync } from 'svelte';
import { painted } from '../state/tasks';

/** Rows in the first slice: enough to show the table's top, small enough for a slow phone. */
export const FIRST_SLICE = 8;
/** Script time a slice aims at: with its layout, a task under 50 ms on a slow phone. */
const BUDGET_MS = 20;
const MAX_SLICE = 400;

export class Fill {
	#limit = $state(FIRST_SLICE);
	#step = FIRST_SLICE;

	/** The rows to render of `count` that would be. */
	limit(count: number): number {
		return Math.min(count, this.#limit);
	}

	/**
	 * Schedules the next slice while rows wait (call from an effect; returns its cleanup).
	 * Once every row is in, later rows render at once, until the grid is emptied: the next
	 * rows to arrive are then a new table's, and fill it a slice at a time again.
	 */
	follow(count: number): (() => void) | undefined {
		if (count === 0) {
			this.#limit = FIRST_SLICE;
			this.#step = FIRST_SLICE;
			return;
		}
		if (this.#limit >= count) {
			// filled: a row window that moves on scrolling renders its new rows at once
			this.#limit = Infinity;
			return;
		}
		// after the frame that lays out and paints the slice before
		let live = true;
		void painted().then(() => live && this.#grow());
		return () => void (live = false);
	}

	/** Renders every row, in this task (printing, say). */
	all(): void {
		this.#limit = Infinity;
		flushSync();
	}

	#grow(): void {
		const start = performance.now();
		const step = this.#step;
		this.#limit += step;
		flushSync();
		const perRow = Math.max((performance.now() - start) / step, 0.01);
		this.#step = Math.max(2, Math.min(MAX_SLICE, Math.floor(BUDGET_MS / perRow)));
	}
}
