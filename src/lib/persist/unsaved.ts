/**
 * What a page leaves behind when it goes with edits not yet saved. A save reads the
 * stored record and then writes it, and a page being unloaded gets neither done; the
 * browser's localStorage writes at once. The next start puts each scenario kept here
 * back and saves it the normal way (Scenarios.init), then forgets it.
 */
import type { Scenario } from '../model/scenario';
import { envelope, restore } from './envelope';

const PREFIX = 'pin.unsaved:';

/** The page of what a start could not store again: no open page's save may forget it. */
export const UNCLAIMED = '';

/**
 * A scenario as the page last had it, the stored revision its edits were made on, and what a
 * save then on its way was writing (`contentOf`), which may have landed as revision base + 1.
 */
export type Unsaved = { scenario: Scenario; base: number; landing?: string };

/** What a save stores of a scenario, and what tells two of its versions apart (in any key order). */
export function contentOf(s: Scenario): string {
	const sorted = (x: unknown): unknown =>
		x !== null && typeof x === 'object' && !Array.isArray(x)
			? Object.fromEntries(
					Object.entries(x)
						.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
						.map(([k, v]) => [k, sorted(v)])
				)
			: x;
	return JSON.stringify(sorted([s.name, s.inputs, s.assumptions, s.notes]));
}

/**
 * Keeps `scenario` for the next start, as left by `page` (an id per open page, so that
 * another tab saving the same scenario does not forget this page's edits). Best effort:
 * without room it is as before.
 */
export function stashUnsaved(
	scenario: Scenario,
	base: number,
	page: string,
	landing?: string
): void {
	try {
		const kept = { base, page, landing, record: envelope(scenario) };
		localStorage.setItem(PREFIX + scenario.id, JSON.stringify(kept));
	} catch {
		// no localStorage, or no room in it
	}
}

/** Forgets what `page` kept of scenario `id`: a save by that page has stored all of it. */
export function dropUnsaved(id: string, page: string): void {
	try {
		const raw = localStorage.getItem(PREFIX + id);
		if (raw && (JSON.parse(raw) as { page?: unknown }).page === page)
			localStorage.removeItem(PREFIX + id);
	} catch {
		// nothing readable kept: the next start drops it
	}
}

/** What the pages before left, read through the same checks as a stored record; forgotten here. */
export function takeUnsaved(): Unsaved[] {
	const out: Unsaved[] = [];
	let keys: string[];
	try {
		keys = [];
		for (let i = 0; i < localStorage.length; i++) {
			const k = localStorage.key(i);
			if (k?.startsWith(PREFIX)) keys.push(k);
		}
	} catch {
		return out;
	}
	for (const key of keys) {
		try {
			const raw = localStorage.getItem(key);
			localStorage.removeItem(key);
			const kept = JSON.parse(raw ?? 'null') as {
				base?: unknown;
				landing?: unknown;
				record?: unknown;
			} | null;
			const restored = restore(kept?.record);
			if (restored.ok && Number.isInteger(kept?.base))
				out.push({
					scenario: restored.scenario,
					base: kept!.base as number,
					...(typeof kept!.landing === 'string' ? { landing: kept!.landing } : {})
				});
		} catch {
			// unreadable: nothing to put back
		}
	}
	return out;
}
