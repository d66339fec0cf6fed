/**
 * Number text the way Intl.NumberFormat writes it for 'en-US' and 'zh-CN' — the two
 * locales the app speaks, which write numbers alike: ',' between groups of three,
 * '.' before the decimals, '%' right after a percentage.
 *
 * Why not Intl itself: the first NumberFormat a page builds loads the number data of
 * ICU, 30–50 ms at full speed in Chromium and four times that on a slow phone, and it
 * lands inside the task that paints the grid. The digits here follow ECMA-402 as V8
 * implements it: the shortest decimal text of the double, rounded half away from zero.
 * `tests/unit/decimal.test.ts` checks every option set the app uses against Intl.
 */

export interface DecimalOptions {
	style?: 'percent';
	minimumFractionDigits?: number;
	maximumFractionDigits: number;
	signDisplay?: 'auto' | 'exceptZero';
}

/** The locales this module writes exactly as Intl does. */
export function writesLikeIntl(locale: string): boolean {
	return locale === 'en-US' || locale === 'zh-CN';
}

export function formatDecimal(x: number, opts: DecimalOptions): string {
	const percent = opts.style === 'percent';
	const suffix = percent ? '%' : '';
	const negative = x < 0 || Object.is(x, -0);
	const exceptZero = opts.signDisplay === 'exceptZero';
	if (Number.isNaN(x)) return 'NaN' + suffix;
	if (!Number.isFinite(x)) return (negative ? '-' : exceptZero ? '+' : '') + '∞' + suffix;

	const { digits, point } = roundDigits(x, percent ? 2 : 0, opts.maximumFractionDigits);
	const zero = digits === '';
	const min = opts.minimumFractionDigits ?? 0;
	const whole = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
	let fraction = point >= 0 ? digits.slice(point) : '0'.repeat(-point) + digits;
	fraction = fraction.padEnd(min, '0');
	const text = group(whole) + (fraction ? '.' + fraction : '') + suffix;
	if (exceptZero) return zero ? text : (negative ? '-' : '+') + text;
	return negative ? '-' + text : text;
}

/**
 * |x| × 10^shift rounded to `places` decimals, as significant digits without trailing
 * zeros and the position of the decimal point among them (digits "123", point 1 is
 * 1.23; point -1 is 0.0123). Zero is the empty digit string.
 */
function roundDigits(x: number, shift: number, places: number): { digits: string; point: number } {
	const [mantissa = '', exponent = '0'] = Math.abs(x).toString().split('e');
	const [int = '', frac = ''] = mantissa.split('.');
	let digits = (int + frac).replace(/^0+/, '');
	let point = int.length + Number(exponent) + shift - (int + frac).length + digits.length;
	const keep = point + places;
	if (keep < digits.length) {
		const up = keep >= 0 && digits.charCodeAt(keep) >= 53; // '5'
		digits = keep > 0 ? digits.slice(0, keep) : '';
		if (up) {
			const carried = increment(digits);
			if (carried.length > digits.length) point += 1;
			digits = carried;
		}
	}
	digits = digits.replace(/0+$/, '');
	return { digits, point: digits === '' ? 0 : point };
}

/** "129" → "130", "99" → "100", "" → "1". */
function increment(digits: string): string {
	let i = digits.length - 1;
	while (i >= 0 && digits[i] === '9') i -= 1;
	if (i < 0) return '1' + '0'.repeat(digits.length);
	return (
		digits.slice(0, i) +
		String.fromCharCode(digits.charCodeAt(i) + 1) +
		'0'.repeat(digits.length - i - 1)
	);
}

function group(whole: string): string {
	if (whole.length <= 3) return whole;
	let out = whole.slice(0, whole.length % 3 || 3);
	for (let i = out.length; i < whole.length; i += 3) out += ',' + whole.slice(i, i + 3);
	return out;
}
