import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDecimal, writesLikeIntl, type DecimalOptions } from '../../src/lib/format/decimal';

// Every option set src/lib/format/number.ts passes, and a few beyond them.
const optionSets: DecimalOptions[] = [];
for (const style of [undefined, 'percent'] as const)
	for (const max of [0, 1, 2, 3])
		for (const min of [undefined, 0, 1])
			for (const signDisplay of [undefined, 'auto', 'exceptZero'] as const)
				if (min === undefined || min <= max)
					optionSets.push({
						style,
						maximumFractionDigits: max,
						minimumFractionDigits: min,
						signDisplay
					});

const locales = ['en-US', 'zh-CN'];
const intl = (locale: string, o: DecimalOptions) => new Intl.NumberFormat(locale, o);

describe('formatDecimal', () => {
	it('is used only for the locales it writes exactly', () => {
		expect(writesLikeIntl('en-US')).toBe(true);
		expect(writesLikeIntl('zh-CN')).toBe(true);
		expect(writesLikeIntl('de-DE')).toBe(false);
		expect(writesLikeIntl('en-IN')).toBe(false);
	});

	it('writes the figures of a plan table as Intl does', () => {
		const cases = [
			0,
			-0,
			1,
			-1,
			0.5,
			1.005,
			1.255,
			2.675,
			9.95,
			9.96,
			99.95,
			999.5,
			0.045,
			0.0449,
			0.05,
			-0.04,
			-0.05,
			0.064,
			0.0005,
			0.00045,
			387.9,
			1234.5,
			12345.678,
			1e6,
			1e21,
			1.5e-7,
			0.1 + 0.2,
			123456789.123,
			-98765.4321,
			5e-324,
			Number.MAX_VALUE,
			NaN,
			Infinity,
			-Infinity
		];
		for (const locale of locales)
			for (const o of optionSets) {
				const f = intl(locale, o);
				for (const x of cases)
					expect(formatDecimal(x, o), `${x} ${JSON.stringify(o)}`).toBe(f.format(x));
			}
	});

	it('agrees with Intl on any double, for every option set', () => {
		const double = fc.oneof(
			fc.double({ noNaN: true }),
			fc.double({ min: -1e7, max: 1e7, noNaN: true }),
			fc.double({ min: -2, max: 2, noNaN: true }),
			fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
			fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 200)
		);
		const fs = locales.flatMap((locale) => optionSets.map((o) => [o, intl(locale, o)] as const));
		fc.assert(
			fc.property(double, (x) => fs.every(([o, f]) => formatDecimal(x, o) === f.format(x))),
			{ numRuns: 2000 }
		);
	});
});
