/**
 * How many of a grid's rows render while the grid fills. A short table paints whole: every
 * frame that adds rows after the first paint lays out and repaints the whole page, which
 * grows with each slice (60–200 ms a frame on a slow phone), while the first render comes
 * before anything is on screen to block. A longer table's rows, or a long table's head,
 * render a slice per frame, so no task runs long and the top rows show soonest. Each slice
 * holds what the slice before showed this machine renders in `BUDGET_MS`, so a fast machine
 * fills the grid in a frame or two and a slow one in several short steps. Layout is not
 * timed: it follows in the frame, and grows with the slice much as rendering does.
 */
import { flushSync } from 'svelte';
import { painted } from '../state/tasks';

/**
 * Rows (area rows included) a grid renders at once. Under a table head's 60 indicators
 * (`model/head.ts`) and their areas, so the head of a longer table is sliced.
 */
export const WHOLE = 60;
/** Rows in the first slice of a longer grid: enough to show the table's top. */
export const FIRST_SLICE = 8;
/** Script time a slice aims at: with its layout, a task under 50 ms on a slow phone. */
const BUDGET_MS = 20;
const MAX_SLICE = 400;

export class Fill {
	#limit = $state(FIRST_SLICE);
	#step = FIRST_SLICE;

	/** The rows to render of `count` that would be. */
	limit(count: number): number {
		return count <= WHOLE ? count : Math.min(count, this.#limit);
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
		if (count <= WHOLE || this.#limit >= count) {
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
