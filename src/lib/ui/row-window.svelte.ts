/**
 * Which of the grid's rows are in the DOM. Small tables render every row (the
 * browser's find-in-page and printing then see the whole table); past
 * `WINDOW_FROM` rows only the rows in view, a margin around them and the active
 * row (so focus never lands on a removed element) are rendered, with spacer rows
 * standing in for the rest. Row heights vary (long names wrap), so rows are
 * measured as they render; the measuring and scroll bookkeeping is
 * @tanstack/virtual-core's.
 */
import {
	Virtualizer,
	defaultRangeExtractor,
	elementScroll,
	observeElementOffset,
	observeElementRect,
	type VirtualItem
} from '@tanstack/virtual-core';

/** Below this many rows (area headers included) every row is rendered. */
export const WINDOW_FROM = 200;

/** A rendered row: its index in the flat list and the empty height to leave above it. */
export type Slot = { index: number; gap: number };

export class RowWindow {
	#v: Virtualizer<HTMLElement, HTMLElement>;
	#version = $state(0);
	#count = 0;
	#pinned = -1;
	#stop: (() => void) | null = null;
	#last: { slots: Slot[]; after: number } = { slots: [], after: 0 };
	/** Printing: every row renders, since paper has no scrolling. */
	#printing = $state(false);

	constructor(getScroller: () => HTMLElement | null, estimate: (index: number) => number) {
		this.#v = new Virtualizer<HTMLElement, HTMLElement>({
			count: 0,
			getScrollElement: getScroller,
			estimateSize: estimate,
			overscan: 10,
			observeElementRect,
			observeElementOffset,
			scrollToFn: elementScroll,
			onChange: () => this.#version++,
			measureElement: (el, entry, v) => {
				const box = entry?.borderBoxSize?.[0];
				if (box) return Math.round(box.blockSize);
				if (entry) return Math.round(el.getBoundingClientRect().height); // no borderBoxSize (older Safari)
				// A row being mounted keeps its size as it stands: its resize observer reports the
				// real one with every other new row's, after the layout. Measuring each row as it
				// mounts cost a forced layout and a recount of every row's offset per row: about
				// 130 ms for the first screenful of a 10,000-row table.
				const i = v.indexFromElement(el);
				return v.itemSizeCache.get(v.options.getItemKey(i)) ?? v.options.estimateSize(i);
			}
		});
	}

	get windowed(): boolean {
		return this.#count > WINDOW_FROM && !this.#printing;
	}

	/** Renders every row while the page prints (`beforeprint`), and the window again after. */
	print(on: boolean): void {
		this.#printing = on;
	}

	/**
	 * The rows to render, in order, each with the spacer height above it, and the
	 * spacer height after the last. `pinned` is the index of the active row.
	 * An unchanged window returns the same object, so a move of the active cell
	 * within the window re-renders nothing.
	 */
	slots(count: number, pinned: number): { slots: Slot[]; after: number } {
		void this.#version;
		this.#count = count;
		this.#pinned = pinned;
		const windowed = count > WINDOW_FROM && !this.#printing;
		this.#v.setOptions({
			...this.#v.options,
			count,
			rangeExtractor: (range) => {
				if (!windowed) return Array.from({ length: count }, (_, i) => i);
				const indexes = defaultRangeExtractor(range);
				const p = this.#pinned;
				if (p < 0 || p >= count || indexes.includes(p)) return indexes;
				return [...indexes, p].sort((a, b) => a - b);
			}
		});
		let next: { slots: Slot[]; after: number };
		if (!windowed)
			next = { slots: Array.from({ length: count }, (_, index) => ({ index, gap: 0 })), after: 0 };
		else {
			const items: VirtualItem[] = this.#v.getVirtualItems();
			let end = 0;
			const slots = items.map((it) => {
				const slot = { index: it.index, gap: Math.max(0, it.start - end) };
				end = it.end;
				return slot;
			});
			next = { slots, after: Math.max(0, this.#v.getTotalSize() - end) };
		}
		if (sameWindow(next, this.#last)) return this.#last;
		return (this.#last = next);
	}

	/**
	 * Called after each render: starts observing the scroller once the table is
	 * long enough to window, and stops when a short one replaces it (observing
	 * the scroller reads its size, which forces a layout a short table never needs).
	 */
	update(): void {
		if (this.windowed) {
			this.#stop ??= this.#v._didMount();
			this.#v._willUpdate();
		} else this.unmount();
	}

	unmount(): void {
		this.#stop?.();
		this.#stop = null;
	}

	/** Measures a rendered row (it carries `data-index`) and keeps measuring it as it resizes. */
	measure(el: HTMLElement): void {
		if (this.windowed) this.#v.measureElement(el);
	}
}

function sameWindow(a: { slots: Slot[]; after: number }, b: { slots: Slot[]; after: number }) {
	return (
		a.after === b.after &&
		a.slots.length === b.slots.length &&
		a.slots.every((s, i) => s.index === b.slots[i]!.index && s.gap === b.slots[i]!.gap)
	);
}
