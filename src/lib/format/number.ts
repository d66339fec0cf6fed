/**
 * Number formatting by meaning: levels in the indicator's unit, growth as a
 * percentage or as percentage points, years, shares. Pure; locale is an input.
 * Minus signs are typographic (−) so columns of signed figures read cleanly.
 */
import { formatDecimal, writesLikeIntl, type DecimalOptions } from './decimal';

// Other locales go to Intl. Building a formatter costs far more than using one (about
// 20 µs against 1 µs): a grid formats thousands of cells with a handful of distinct
// options, so each is built once.
const formatters = new Map<string, Intl.NumberFormat>();

function fmt(x: number, locale: string, opts: DecimalOptions): string {
	if (writesLikeIntl(locale)) return formatDecimal(x, opts).replace('-', '−');
	const key = `${locale}|${opts.style ?? ''}|${opts.minimumFractionDigits ?? ''}|${opts.maximumFractionDigits ?? ''}|${opts.signDisplay ?? ''}`;
	let f = formatters.get(key);
	if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, opts)));
	return f.format(x).replace('-', '−');
}

/** Decimals that keep about three significant figures without noise. */
export function levelDecimals(x: number): number {
	const a = Math.abs(x);
	if (a === 0 || a >= 100) return 1;
	if (a >= 1) return 2;
	return 3;
}

/** A level in the indicator's own unit: 387.9, 7.35, 0.044. */
export function formatLevel(x: number, locale: string, signed = false): string {
	return fmt(x, locale, {
		maximumFractionDigits: levelDecimals(x),
		minimumFractionDigits: 0,
		signDisplay: signed ? 'exceptZero' : 'auto'
	});
}

/** A fraction as a percentage: 0.064 → "6.4%". */
export function formatPercent(x: number, locale: string, signed = false): string {
	return fmt(x, locale, {
		style: 'percent',
		maximumFractionDigits: percentDecimals(x),
		minimumFractionDigits: 0,
		signDisplay: signed ? 'exceptZero' : 'auto'
	});
}

/** Decimals of a percentage: one, or two for a rate under 0.1 %. */
export function percentDecimals(x: number): number {
	return Math.abs(x) < 0.001 && x !== 0 ? 2 : 1;
}

export const POINTS_DECIMALS = 2;

/** Percentage points a year, or a flow a year: "+1.7". The unit label is the caller's. */
export function formatPoints(x: number, locale: string): string {
	return fmt(x, locale, { maximumFractionDigits: POINTS_DECIMALS, signDisplay: 'exceptZero' });
}

export function formatYear(x: number): string {
	return String(Math.round(x));
}
