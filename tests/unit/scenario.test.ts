import { describe, expect, it } from 'vitest';
import {
	applyChange,
	baselineOf,
	editCount,
	uniqueName,
	type Change
} from '../../src/lib/model/scenario';
import { History } from '../../src/lib/state/history';

describe('scenario changes', () => {
	it('apply and undo an input, an assumption and a note, leaving no empty rows behind', () => {
		const s0 = baselineOf('t');
		const changes: Change[] = [
			{ kind: 'input', indicator: 'gdp', input: 'assumed', before: null, after: 0.06 },
			{ kind: 'assumption', name: 'deflator', before: null, after: 0.02 },
			{ kind: 'note', indicator: 'gdp', before: '', after: '按 6%' }
		];
		const s3 = changes.reduce((s, c) => applyChange(s, c), s0);
		expect(s3.inputs).toEqual({ gdp: { assumed: 0.06 } });
		expect(s3.assumptions).toEqual({ deflator: 0.02 });
		expect(s3.notes).toEqual({ gdp: '按 6%' });
		expect(editCount(s3)).toBe(3);
		const back = [...changes].reverse().reduce((s, c) => applyChange(s, c, true), s3);
		expect(back).toEqual(s0);
	});

	it('finds an unused name', () => {
		expect(uniqueName('情景', [])).toBe('情景');
		expect(uniqueName('情景', ['情景', '情景 2'])).toBe('情景 3');
	});
});

describe('History', () => {
	it('undoes and redoes in order, and a new change clears redo', () => {
		const h = new History();
		const c = (n: number): Change => ({
			kind: 'note',
			indicator: 'x',
			before: '',
			after: String(n)
		});
		h.push(c(1));
		h.push(c(2));
		expect(h.undo()).toEqual([c(2)]);
		expect(h.canRedo).toBe(true);
		expect(h.redo()).toEqual([c(2)]);
		h.undo();
		h.push(c(3));
		expect(h.canRedo).toBe(false);
		expect(h.undo()).toEqual([c(3)]);
		expect(h.undo()).toEqual([c(1)]);
		expect(h.undo()).toBeUndefined();
	});

	it('keeps changes pushed to join the last step together, as one undo and one redo', () => {
		const h = new History();
		const c = (n: number): Change => ({ kind: 'note', indicator: 'x', before: '', after: `${n}` });
		h.push(c(1));
		h.push(c(2));
		h.push(c(3), true);
		h.push(c(4), true);
		expect(h.undo()).toEqual([c(2), c(3), c(4)]);
		expect(h.redo()).toEqual([c(2), c(3), c(4)]);
		h.undo();
		expect(h.undo()).toEqual([c(1)]);
		// with nothing to join, a joining change starts a step of its own
		const fresh = new History();
		fresh.push(c(5), true);
		expect(fresh.undo()).toEqual([c(5)]);
	});
});
