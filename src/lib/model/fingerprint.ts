/**
 * Fingerprints that say whether saved computed rows still hold: the table file
 * as fetched and a scenario's inputs and assumptions. FNV-1a, 32 bits: this
 * tells a cache whether it is stale, it protects nothing.
 */
import type { InputEntry } from './scenario';

export function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** The same entries and assumptions in any order give the same fingerprint. */
export function scenarioFingerprint(
	entries: { indicator: string; input: string; value: InputEntry }[],
	assumptions: Record<string, number | undefined>
): string {
	const sorted = entries
		.map((e) => [e.indicator, e.input, e.value] as const)
		.sort((a, b) => (a[0] + ' ' + a[1]).localeCompare(b[0] + ' ' + b[1]));
	const named = Object.entries(assumptions)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => a.localeCompare(b));
	return fnv1a(JSON.stringify([sorted, named]));
}
