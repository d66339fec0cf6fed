/**
 * The page's bookkeeping of the row window: what the engine has been told, and which
 * rows are stale, as the engine's replies name them.
 */
import { describe, expect, it } from 'vitest';
import type { RowValues } from '../../src/lib/model/row';
import { STATUSES } from '../../src/lib/model/status';
import { RowView } from '../../src/lib/state/row-view';

const row = (status: string): RowValues => ({ id: 'x', cells: { status }, edited: {} });
const stale = (rows: number[], status: string[]) => ({
	rows: Int32Array.from(rows),
	status: Uint8Array.from(status.map((s) => STATUSES.indexOf(s as never)))
});

describe('the row window on the page', () => {
	it('tells the engine a view only when it differs from the one it has', () => {
		const v = new RowView();
		// the engine starts with every row in view: so does the page
		expect(v.untold()).toBeUndefined();
		v.show([3, 4, 5]);
		expect(v.untold()).toEqual({ rows: [3, 4, 5] });
		v.told([3, 4, 5]);
		v.show([3, 4, 5]);
		expect(v.untold()).toBeUndefined();
		v.show([4, 5, 6]);
		expect(v.untold()).toEqual({ rows: [4, 5, 6] });
		// a table opened anew: the engine shows every row again
		v.told([4, 5, 6]);
		v.reset();
		expect(v.untold()).toEqual({ rows: [4, 5, 6] });
	});

	it('keeps the status the engine gives a stale row, and says when stale rows come into view', () => {
		const v = new RowView();
		expect(v.show([0, 1])).toBe(false);
		for (const [i, s] of v.entries(stale([7, 2], ['behind', 'achieved']))) v.stale(i, s);
		expect(v.statusAt(7, row('onTrack'))).toBe('behind');
		expect(v.statusAt(1, row('onTrack'))).toBe('onTrack');
		expect(v.staleAmong(null)).toEqual([2, 7]);
		expect(v.staleAmong([1, 2, 3])).toEqual([2]);
		expect(v.show([5, 6])).toBe(false);
		expect(v.show([6, 7])).toBe(true);
		v.fresh(7);
		expect(v.isStale(7)).toBe(false);
		expect(v.statusAt(7, row('onTrack'))).toBe('onTrack');
		expect(v.reset()).toEqual([2]);
		expect(v.staleCount).toBe(0);
	});
});
