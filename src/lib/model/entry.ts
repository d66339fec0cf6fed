/**
 * What a person typed into an input cell, read the way a spreadsheet would:
 * "6.5%" or "6.5" in a percentage cell is 0.065 (as Excel does for a cell
 * formatted as %), full-width digits and signs from Chinese input methods are
 * accepted, "=…" is a formula, an empty entry restores the published value.
 * Anything else is `invalid` — the caller keeps the text and says why.
 */
export type EntryStyle = 'level' | 'percent' | 'points' | 'year';

export type Entry =
	| { kind: 'number'; value: number }
	| { kind: 'formula'; text: string }
	| { kind: 'reset' }
	/** `why`: what is wrong when it is more than "not a number". */
	| { kind: 'invalid'; text: string; why?: 'pointsInPercent' | 'wholeYear' };

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

function normalize(text: string): string {
	return text
		.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
		.replace(/[−–—]/g, '-')
		.replace(/\u3000/g, ' ')
		.trim();
}

/**
 * @example parseEntry({ text: '6.5%', style: 'percent' }) // { kind: 'number', value: 0.065 }
 * @example parseEntry({ text: '=B2*1.1', style: 'level' }) // { kind: 'formula', text: '=B2*1.1' }
 */
export function parseEntry({ text, style }: { text: string; style: EntryStyle }): Entry {
	const t = normalize(text);
	if (t === '') return { kind: 'reset' };
	if (t.startsWith('=')) return { kind: 'formula', text: t };
	// "5." is 5, as a spreadsheet reads it
	const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?)\s*(%|pp|个百分点)?$/i.exec(t);
	if (!m || !m[1] || !/\d/.test(m[1])) return { kind: 'invalid', text };
	const n = Number(m[1].replace(/,/g, ''));
	if (!Number.isFinite(n)) return { kind: 'invalid', text };
	const suffix = m[2]?.toLowerCase();
	if (style === 'percent') {
		if (suffix === 'pp' || suffix === '个百分点')
			return { kind: 'invalid', text, why: 'pointsInPercent' };
		return { kind: 'number', value: n / 100 };
	}
	if (style === 'year') {
		if (suffix) return { kind: 'invalid', text };
		return Number.isInteger(n)
			? { kind: 'number', value: n }
			: { kind: 'invalid', text, why: 'wholeYear' };
	}
	if (style === 'level' && (suffix === 'pp' || suffix === '个百分点'))
		return { kind: 'invalid', text };
	return { kind: 'number', value: n };
}

/** The text an editor starts with for a number, so that committing it unchanged is a no-op. */
export function entryText({ value, style }: { value: number; style: EntryStyle }): string {
	const clean = (x: number) => String(Number(x.toPrecision(12)));
	return style === 'percent' ? `${clean(value * 100)}%` : clean(value);
}
