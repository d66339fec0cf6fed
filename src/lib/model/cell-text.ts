/**
 * Reading the cell texts of Chinese plan tables.
 *
 * The curated tables keep every cell's text as printed (`raw`) next to the number read from it.
 * These parsers say, in one place, how such a text turns into a number, a comparator and a
 * growth form, so that the curated data can be checked against its own raw text and so that an
 * imported table (pasted from Excel, CSV) can be read the same way. They only read the text:
 * what a bracketed total, a bare number in the growth column or a percentage means for a given
 * indicator is decided by the caller, who knows the row.
 */

import type { Comparator } from './table';

export type ParsedValue = { value: number | null; comparator?: Comparator; qualitative?: boolean };

export type ParsedGrowthKind = 'cagr' | 'ppPerYear' | 'none' | 'unknown';

export type ParsedGrowth = {
	value: number | null;
	comparator?: Comparator;
	kind: ParsedGrowthKind;
};

const PREFIXES: [string, Comparator][] = [
	['>=', '>='],
	['<=', '<='],
	['≥', '>='],
	['≧', '>='],
	['≤', '<='],
	['≦', '<='],
	['>', '>'],
	['<', '<'],
	['﹥', '>'],
	['﹤', '<'],
	['≈', '≈'],
	['约', '≈']
];

const SUFFIXES: [string, Comparator][] = [
	['以上', '>='],
	['以内', '<='],
	['以下', '<='],
	['左右', '≈']
];

const EMPTY = /^[-—–/]*$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const HAN = /\p{Script=Han}/u;

/** Full-width digits, signs and punctuation to ASCII; all whitespace removed. */
function normalize(raw: string): string {
	return raw
		.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
		.replace(/[〔【［]/g, '[')
		.replace(/[〕】］]/g, ']')
		.replace(/\s+/g, '');
}

/** Strips one leading comparator sign and one trailing 以上/以内/左右; the prefix wins a clash. */
function takeComparator(text: string): { rest: string; comparator?: Comparator } {
	let rest = text;
	let comparator: Comparator | undefined;
	for (const [sign, cmp] of PREFIXES) {
		if (rest.startsWith(sign)) {
			rest = rest.slice(sign.length);
			comparator = cmp;
			break;
		}
	}
	for (const [word, cmp] of SUFFIXES) {
		if (rest.endsWith(word)) {
			rest = rest.slice(0, -word.length);
			comparator ??= cmp;
			break;
		}
	}
	return comparator ? { rest, comparator } : { rest };
}

function unbracket(text: string): { inner: string; bracketed: boolean } {
	const m = /^\[(.*)\]$/.exec(text);
	return m ? { inner: m[1] ?? '', bracketed: true } : { inner: text, bracketed: false };
}

function withComparator<T extends object>(result: T, comparator?: Comparator): T {
	return comparator ? { ...result, comparator } : result;
}

/** Avoids binary noise such as -2.6 / 100 = -0.026000000000000002. */
function percentToFraction(n: number): number {
	return Number((n / 100).toPrecision(12));
}

/**
 * Reads a value cell (a year's level or a target) as printed.
 *
 * - comparators: ＞ > ≥ ＜ < ≤ (full or half width) before the number, 以上 (≥), 以内/以下 (≤),
 *   左右 (≈) after it;
 * - brackets "[3]", "〔25〕": the number inside; what the bracket means (a five-year total) is
 *   for the caller to say;
 * - a trailing % is dropped, the number stays in the table's own units ("98%" → 98);
 * - "--", "—", "" → no value;
 * - Chinese text without a digit ("完成上级任务") → qualitative, never 0;
 * - anything else unreadable → no value.
 *
 * @example
 * parseValueText('45以上'); // { value: 45, comparator: '>=' }
 * parseValueText('＜3.5'); // { value: 3.5, comparator: '<' }
 * parseValueText('完成上级任务'); // { value: null, qualitative: true }
 */
export function parseValueText(raw: string): ParsedValue {
	const text = normalize(raw);
	if (EMPTY.test(text)) return { value: null };
	if (HAN.test(text) && !/\d/.test(text)) return { value: null, qualitative: true };
	const { rest, comparator } = takeComparator(text);
	const { inner } = unbracket(rest);
	const number = inner.endsWith('%') ? inner.slice(0, -1) : inner;
	if (!NUMBER.test(number)) return { value: null };
	return withComparator({ value: Number(number) }, comparator);
}

/**
 * Reads the generic forms of a growth cell:
 * - "6.4%", "＞9%", "-2.6%", "年均增长8%" → `cagr`, as a fraction (0.064);
 * - "年均提高 1.7个百分点", "年均提高 3个百分点以上" → `ppPerYear` (1.7); 下降/降低 make it negative;
 * - "--", "—", "" → `none`;
 * - a bare number without % ("5", "＞8.5"), a bracketed total ("〔18%〕") or other text → `unknown`,
 *   with the number as printed (no % scaling) when there is one: only the row can tell whether it
 *   is a cumulative change, a restated target or something else.
 *
 * @example
 * parseGrowthText('年均提高 3个百分点以上'); // { value: 3, comparator: '>=', kind: 'ppPerYear' }
 * parseGrowthText('＞8.5%'); // { value: 0.085, comparator: '>', kind: 'cagr' }
 * parseGrowthText('5'); // { value: 5, kind: 'unknown' }
 */
export function parseGrowthText(raw: string): ParsedGrowth {
	const text = normalize(raw);
	if (EMPTY.test(text)) return { value: null, kind: 'none' };
	const { rest, comparator } = takeComparator(text);

	const pp = /^(年均)?(提高|增加|上升|增长|下降|降低|减少)?([+-]?\d+(?:\.\d+)?)个?百分点$/.exec(
		rest
	);
	if (pp) {
		const sign = pp[2] && /下降|降低|减少/.test(pp[2]) ? -1 : 1;
		return withComparator({ value: sign * Number(pp[3]), kind: 'ppPerYear' as const }, comparator);
	}

	const rate = /^(年均)?(增长|下降)?([+-]?\d+(?:\.\d+)?)%$/.exec(rest);
	if (rate) {
		const sign = rate[2] === '下降' ? -1 : 1;
		const value = percentToFraction(sign * Number(rate[3]));
		return withComparator({ value, kind: 'cagr' as const }, comparator);
	}

	const { inner } = unbracket(rest);
	const number = inner.endsWith('%') ? inner.slice(0, -1) : inner;
	if (NUMBER.test(number)) {
		return withComparator({ value: Number(number), kind: 'unknown' as const }, comparator);
	}
	return { value: null, kind: 'unknown' };
}
