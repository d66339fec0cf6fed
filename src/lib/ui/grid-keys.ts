/**
 * Keyboard movement in the grid, as a pure function of the key and position,
 * following the ARIA grid pattern plus the spreadsheet habits analysts expect
 * (Tab moves right, Enter moves down after an edit).
 */
export type Pos = { r: number; c: number };
export type Bounds = { rows: number; cols: number };
export type KeyInfo = { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean };

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** The position a navigation key leads to, or null when the key does not navigate. */
export function move(k: KeyInfo, p: Pos, b: Bounds): Pos | null {
	const mod = k.ctrlKey || k.metaKey;
	const to = (r: number, c: number): Pos => ({
		r: clamp(r, 0, b.rows - 1),
		c: clamp(c, 0, b.cols - 1)
	});
	switch (k.key) {
		case 'ArrowUp':
			return to(mod ? 0 : p.r - 1, p.c);
		case 'ArrowDown':
			return to(mod ? b.rows - 1 : p.r + 1, p.c);
		case 'ArrowLeft':
			return to(p.r, mod ? 0 : p.c - 1);
		case 'ArrowRight':
			return to(p.r, mod ? b.cols - 1 : p.c + 1);
		case 'Home':
			return to(mod ? 0 : p.r, 0);
		case 'End':
			return to(mod ? b.rows - 1 : p.r, b.cols - 1);
		case 'PageUp':
			return to(p.r - 10, p.c);
		case 'PageDown':
			return to(p.r + 10, p.c);
		default:
			return null;
	}
}

/** Where Tab / Shift+Tab goes; null at the row's edge so focus can leave the grid. */
export function tab(shift: boolean, p: Pos, b: Bounds): Pos | null {
	const c = p.c + (shift ? -1 : 1);
	return c < 0 || c >= b.cols ? null : { r: p.r, c };
}

/** True for a key that starts typing over a cell (a printable character, no modifier). */
export function startsTyping(k: KeyInfo): boolean {
	return k.key.length === 1 && !k.ctrlKey && !k.metaKey && k.key !== ' ';
}

/** The notebook's history step a key asks for: Ctrl/⌘+Z undoes, Ctrl/⌘+Y or Ctrl/⌘+Shift+Z redoes. */
export function historyStep(k: KeyInfo): 'undo' | 'redo' | null {
	if (!(k.ctrlKey || k.metaKey)) return null;
	const key = k.key.toLowerCase();
	if (key === 'z') return k.shiftKey ? 'redo' : 'undo';
	return key === 'y' ? 'redo' : null;
}

/** Ctrl/⌘+P: the browser's print. */
export function printKey(k: KeyInfo & { altKey?: boolean }): boolean {
	return (k.ctrlKey || k.metaKey) && !k.altKey && !k.shiftKey && k.key.toLowerCase() === 'p';
}
