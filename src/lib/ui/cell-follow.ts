/**
 * Focuses the grid's active cell and brings it into view: within the grid's own
 * scroller, clear of the sticky header row and name column, and the page only as
 * far as it takes to bring the cell on screen (the grid's bottom edge can sit
 * below a short window).
 */
import { tick } from 'svelte';

export type FollowParts = {
	scroller: () => HTMLElement | undefined;
	table: () => HTMLTableElement | undefined;
	/** The active cell's element, looked up afresh (a row that left the window and came back is a new one). */
	cell: () => HTMLElement | null;
	/** Whether only the rows in view are rendered: then the rows around a far cell render after the scroll. */
	windowed: () => boolean;
};

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** How many frames a move follows its cell at most, on a machine too busy to settle sooner. */
const MAX_FRAMES = 30;

export class CellFollow {
	#parts: FollowParts;
	/** Counts moves, so only the latest one follows its cell: two in one frame would fight over the scroll. */
	#moves = 0;

	constructor(parts: FollowParts) {
		this.#parts = parts;
	}

	/** A wheel or a touch takes the scroll back from a move still following its cell. */
	stop(): void {
		this.#moves++;
	}

	/** Focuses the active cell once it has rendered, and keeps it in view until it stays put. */
	async focus(): Promise<void> {
		const move = ++this.#moves;
		await tick();
		let el = this.#parts.cell();
		if (!el || move !== this.#moves) return;
		el.focus({ preventScroll: true });
		let still = this.#reveal(el) ? 0 : 1;
		// In a long table the rows around a far cell render, and get measured, only after the
		// scroll, and their heights move the cell again, for as many frames as a busy machine
		// takes to measure them: follow it until it has stayed put for two frames.
		for (let i = 0; this.#parts.windowed() && still < 2 && i < MAX_FRAMES; i++) {
			await frame();
			await tick();
			el = this.#parts.cell();
			if (!el || move !== this.#moves) return;
			still = this.#reveal(el) ? 0 : still + 1;
		}
	}

	/** Scrolls the cell into view; returns whether the grid's scroller moved. */
	#reveal(el: HTMLElement): boolean {
		const s = this.#parts.scroller();
		const table = this.#parts.table();
		if (!s || !table) return false;
		const was = [s.scrollTop, s.scrollLeft];
		const head = table.tHead?.offsetHeight ?? 0;
		const nameCol = table.querySelector<HTMLElement>('thead th.name')?.offsetWidth ?? 0;
		const top = el.offsetTop;
		const left = el.offsetLeft;
		if (top - head < s.scrollTop) s.scrollTop = top - head;
		else if (top + el.offsetHeight > s.scrollTop + s.clientHeight)
			s.scrollTop = top + el.offsetHeight - s.clientHeight;
		if (el.tagName !== 'TH') {
			if (left - nameCol < s.scrollLeft) s.scrollLeft = left - nameCol;
			else if (left + el.offsetWidth > s.scrollLeft + s.clientWidth)
				s.scrollLeft = left + el.offsetWidth - s.clientWidth;
		}
		const moved = s.scrollTop !== was[0] || s.scrollLeft !== was[1];
		const box = el.getBoundingClientRect();
		if (box.bottom > window.innerHeight) window.scrollBy(0, box.bottom - window.innerHeight);
		else if (box.top < 0) window.scrollBy(0, box.top);
		return moved;
	}
}
