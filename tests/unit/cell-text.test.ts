import { describe, it, expect } from 'vitest';
import { parseGrowthText, parseValueText } from '../../src/lib/model/cell-text';

describe('parseValueText', () => {
	it('reads a plain number', () => {
		expect(parseValueText('248')).toEqual({ value: 248 });
		expect(parseValueText('0.020')).toEqual({ value: 0.02 });
		expect(parseValueText('-2.5')).toEqual({ value: -2.5 });
	});

	it('ignores surrounding and inner spaces', () => {
		expect(parseValueText('  45 以上 ')).toEqual({ value: 45, comparator: '>=' });
	});

	it('reads full-width and half-width comparator signs before the number', () => {
		expect(parseValueText('＞98')).toEqual({ value: 98, comparator: '>' });
		expect(parseValueText('>218')).toEqual({ value: 218, comparator: '>' });
		expect(parseValueText('≥91')).toEqual({ value: 91, comparator: '>=' });
		expect(parseValueText('>=91')).toEqual({ value: 91, comparator: '>=' });
		expect(parseValueText('＜3.5')).toEqual({ value: 3.5, comparator: '<' });
		expect(parseValueText('<3.5')).toEqual({ value: 3.5, comparator: '<' });
		expect(parseValueText('≤28')).toEqual({ value: 28, comparator: '<=' });
	});

	it('reads 以上 as at least, 以内 and 以下 as at most, 左右 as about', () => {
		expect(parseValueText('45以上')).toEqual({ value: 45, comparator: '>=' });
		expect(parseValueText('5以内')).toEqual({ value: 5, comparator: '<=' });
		expect(parseValueText('5以下')).toEqual({ value: 5, comparator: '<=' });
		expect(parseValueText('7左右')).toEqual({ value: 7, comparator: '≈' });
	});

	it('lets a leading sign win over a trailing word', () => {
		expect(parseValueText('＞3以上')).toEqual({ value: 3, comparator: '>' });
	});

	it('reads the number inside square or tortoise-shell brackets and leaves its meaning to the caller', () => {
		expect(parseValueText('[3]')).toEqual({ value: 3 });
		expect(parseValueText('〔25〕')).toEqual({ value: 25 });
		expect(parseValueText('［3］')).toEqual({ value: 3 });
		expect(parseValueText('〔18%〕')).toEqual({ value: 18 });
	});

	it('keeps a percentage in the units printed', () => {
		expect(parseValueText('98%')).toEqual({ value: 98 });
	});

	it('reads full-width digits and points', () => {
		expect(parseValueText('１２．５')).toEqual({ value: 12.5 });
	});

	it('gives no value for dashes and empty text', () => {
		expect(parseValueText('--')).toEqual({ value: null });
		expect(parseValueText('—')).toEqual({ value: null });
		expect(parseValueText('——')).toEqual({ value: null });
		expect(parseValueText('－－')).toEqual({ value: null });
		expect(parseValueText('')).toEqual({ value: null });
		expect(parseValueText('   ')).toEqual({ value: null });
	});

	it('marks Chinese text without a number as qualitative, never 0', () => {
		expect(parseValueText('完成上级任务')).toEqual({ value: null, qualitative: true });
		expect(parseValueText('完成省定目标')).toEqual({ value: null, qualitative: true });
	});

	it('gives no value, and no qualitative flag, for text it cannot read', () => {
		expect(parseValueText('abc')).toEqual({ value: null });
		expect(parseValueText('3亿美元')).toEqual({ value: null });
		expect(parseValueText('1.2.3')).toEqual({ value: null });
	});
});

describe('parseGrowthText', () => {
	it('reads a percentage as compound annual growth, as a fraction', () => {
		expect(parseGrowthText('6.4%')).toEqual({ value: 0.064, kind: 'cagr' });
		expect(parseGrowthText('30%')).toEqual({ value: 0.3, kind: 'cagr' });
		expect(parseGrowthText('年均增长 8%')).toEqual({ value: 0.08, kind: 'cagr' });
	});

	it('keeps negative growth negative without binary noise', () => {
		expect(parseGrowthText('-2.6%')).toEqual({ value: -0.026, kind: 'cagr' });
		expect(parseGrowthText('-19%')).toEqual({ value: -0.19, kind: 'cagr' });
		expect(parseGrowthText('－2.6％')).toEqual({ value: -0.026, kind: 'cagr' });
	});

	it('keeps the comparator of a growth rate', () => {
		expect(parseGrowthText('＞9%')).toEqual({ value: 0.09, comparator: '>', kind: 'cagr' });
		expect(parseGrowthText('＞8.5%')).toEqual({ value: 0.085, comparator: '>', kind: 'cagr' });
		expect(parseGrowthText('8%以上')).toEqual({ value: 0.08, comparator: '>=', kind: 'cagr' });
	});

	it('reads 年均提高 … 个百分点 as percentage points a year', () => {
		expect(parseGrowthText('年均提高 1.7个百分点')).toEqual({ value: 1.7, kind: 'ppPerYear' });
		expect(parseGrowthText('年均提高 0.01个百分点')).toEqual({ value: 0.01, kind: 'ppPerYear' });
	});

	it('keeps 以上 on a percentage-point rise', () => {
		expect(parseGrowthText('年均提高 3个百分点以上')).toEqual({
			value: 3,
			comparator: '>=',
			kind: 'ppPerYear'
		});
	});

	it('makes a percentage-point fall negative', () => {
		expect(parseGrowthText('年均下降 0.5个百分点')).toEqual({ value: -0.5, kind: 'ppPerYear' });
	});

	it('reads dashes and empty text as no growth', () => {
		expect(parseGrowthText('--')).toEqual({ value: null, kind: 'none' });
		expect(parseGrowthText('—')).toEqual({ value: null, kind: 'none' });
		expect(parseGrowthText('')).toEqual({ value: null, kind: 'none' });
	});

	it('leaves a bare number without % to the context', () => {
		expect(parseGrowthText('5')).toEqual({ value: 5, kind: 'unknown' });
		expect(parseGrowthText('＞8.5')).toEqual({ value: 8.5, comparator: '>', kind: 'unknown' });
	});

	it('leaves a bracketed total to the context, with the number as printed', () => {
		expect(parseGrowthText('〔18%〕')).toEqual({ value: 18, kind: 'unknown' });
		expect(parseGrowthText('[3]')).toEqual({ value: 3, kind: 'unknown' });
	});

	it('gives no number for text it cannot read', () => {
		expect(parseGrowthText('完成上级任务')).toEqual({ value: null, kind: 'unknown' });
	});
});
