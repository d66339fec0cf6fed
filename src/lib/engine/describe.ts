/**
 * What a formula refers to, so the formula bar can say "F2 = latest value of
 * 地区生产总值 = 258" beside "=F2*(1+G2)^(TargetYear-E2)".
 */
import type { ColumnKey } from '../model/columns';
import { HEADER_ROWS, type Layout, NAMES } from './layout';

export type Reference = { address: string; row: number; column: ColumnKey };

/** Cell references in a formula, in order of first use, each once. */
export function referencesIn(formula: string, layout: Layout): Reference[] {
	const seen = new Set<string>();
	const out: Reference[] = [];
	for (const m of formula.matchAll(/\b([A-Z]{1,2})(\d+)\b/g)) {
		const column = layout.keyOfLetter(m[1]!);
		const row = Number(m[2]) - 1 - HEADER_ROWS;
		const address = m[0];
		if (!column || row < 0 || seen.has(address)) continue;
		seen.add(address);
		out.push({ address, row, column });
	}
	return out;
}

/** Named plan constants a formula uses. */
export function namesIn(formula: string): string[] {
	return Object.values(NAMES).filter((n) => new RegExp(`\\b${n}\\b`).test(formula));
}
