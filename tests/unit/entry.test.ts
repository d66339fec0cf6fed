/** What a person types into an input cell, read as a spreadsheet reads it. */
import { describe, expect, it } from 'vitest';
import { parseEntry, type EntryStyle } from '../../src/lib/model/entry';

const read = (text: string, style: EntryStyle) => parseEntry({ text, style });

describe('reading a typed entry', () => {
	it('numbers, in every way they come from a keyboard or a paste', () => {
		expect(read('6.5%', 'percent')).toEqual({ kind: 'number', value: 0.065 });
		expect(read('6.5', 'percent')).toEqual({ kind: 'number', value: 0.065 });
		expect(read('＋６．５％', 'percent')).toEqual({ kind: 'number', value: 0.065 });
		expect(read('−3%', 'percent')).toEqual({ kind: 'number', value: -0.03 });
		expect(read('1,234.5', 'level')).toEqual({ kind: 'number', value: 1234.5 });
		expect(read(' 5. ', 'level')).toEqual({ kind: 'number', value: 5 });
		expect(read('.5', 'level')).toEqual({ kind: 'number', value: 0.5 });
		expect(read('2pp', 'points')).toEqual({ kind: 'number', value: 2 });
		expect(read('2 个百分点', 'points')).toEqual({ kind: 'number', value: 2 });
		expect(read('2022', 'year')).toEqual({ kind: 'number', value: 2022 });
	});

	it('empty restores, = starts a formula', () => {
		expect(read('  ', 'level')).toEqual({ kind: 'reset' });
		expect(read('=D2*1.1', 'level')).toEqual({ kind: 'formula', text: '=D2*1.1' });
	});

	it('what is not a number says so, and why when more can be said', () => {
		for (const [text, style] of [
			['abc', 'level'],
			['.', 'level'],
			['1,23', 'level'],
			['2022%', 'year'],
			['2pp', 'level']
		] as const)
			expect(read(text, style), text).toEqual({ kind: 'invalid', text });
		expect(read('2个百分点', 'percent')).toEqual({
			kind: 'invalid',
			text: '2个百分点',
			why: 'pointsInPercent'
		});
		expect(read('2022.5', 'year')).toEqual({ kind: 'invalid', text: '2022.5', why: 'wholeYear' });
	});
});
