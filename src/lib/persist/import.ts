/**
 * Reads a scenario file back: the export of every scenario (export.ts) or one
 * scenario's envelope. Each entry goes through `restore()`, as a stored record does;
 * an entry that cannot be read is counted, never fatal.
 */
import type { Scenario } from '../model/scenario';
import { restore } from './envelope';

export type ImportRead =
	| { ok: true; scenarios: Scenario[]; unreadable: number }
	| { ok: false; reason: 'notJson' | 'notAScenarioFile' };

/**
 * The largest file the notebook reads as scenarios. An export of every scenario is a few
 * hundred kilobytes; one scenario with every input of a 10,000-row table edited is about
 * 2 MB. A larger file was picked by mistake (a video, a database), and reading it whole
 * could take the tab's memory: it is refused before it is read.
 */
export const MAX_SCENARIO_FILE_MB = 50;

export function scenarioFileTooLarge(bytes: number): boolean {
	return bytes > MAX_SCENARIO_FILE_MB * 2 ** 20;
}

export function readScenarioFile(text: string): ImportRead {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'notJson' };
	}
	const entries = (
		json !== null &&
		typeof json === 'object' &&
		Array.isArray((json as { scenarios?: unknown }).scenarios)
			? (json as { scenarios: unknown[] }).scenarios
			: [json]
	) as unknown[];
	const scenarios: Scenario[] = [];
	let unreadable = 0;
	for (const entry of entries) {
		const r = restore(entry);
		if (r.ok) scenarios.push(r.scenario);
		else unreadable++;
	}
	if (scenarios.length === 0 && !Array.isArray((json as { scenarios?: unknown })?.scenarios))
		return { ok: false, reason: 'notAScenarioFile' };
	return { ok: true, scenarios, unreadable };
}
