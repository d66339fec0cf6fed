/**
 * Where scenarios are kept. One record per scenario (never one big blob), each
 * in its envelope. Reads go through `restore()`; a record that cannot be read
 * is moved aside into a quarantine store — never deleted — and reported.
 * A save states the revision it builds on, so a stale tab cannot overwrite a
 * newer save from another tab: it gets a conflict instead.
 */
import type { Scenario } from '../model/scenario';
import { envelope, restore, type RestoreFailure } from './envelope';

export type Problem = { key: string; reason: RestoreFailure | 'unreadable'; detail: string };

export type LoadResult = {
	scenarios: Scenario[];
	/** Records that could not be used; moved to quarantine unless from a newer version. */
	problems: Problem[];
	/** Records read from an older schema version (rewritten on their next save). */
	migrated: number;
	warnings: string[];
};

export type SaveResult =
	| { ok: true; revision: number }
	| { ok: false; reason: 'conflict'; stored: Scenario }
	| { ok: false; reason: 'full' | 'failed'; detail: string };

/** The key/value operations a repository needs; IndexedDB (localforage) or memory. */
export type KeyValue = {
	getItem(key: string): Promise<unknown>;
	setItem(key: string, value: unknown): Promise<unknown>;
	removeItem(key: string): Promise<void>;
	keys(): Promise<string[]>;
};

export class ScenarioRepository {
	readonly #scenarios: KeyValue;
	readonly #quarantine: KeyValue;

	constructor(stores: { scenarios: KeyValue; quarantine: KeyValue }) {
		this.#scenarios = stores.scenarios;
		this.#quarantine = stores.quarantine;
	}

	async loadAll(): Promise<LoadResult> {
		const result: LoadResult = { scenarios: [], problems: [], migrated: 0, warnings: [] };
		for (const key of await this.#scenarios.keys()) {
			let raw: unknown;
			try {
				raw = await this.#scenarios.getItem(key);
			} catch (e) {
				result.problems.push({ key, reason: 'unreadable', detail: String(e) });
				continue;
			}
			const r = restore(raw);
			if (r.ok) {
				result.scenarios.push(r.scenario);
				if (r.migratedFrom !== undefined) result.migrated++;
				result.warnings.push(...r.warnings.map((w) => `${r.scenario.name}: ${w}`));
				continue;
			}
			result.problems.push({ key, reason: r.reason, detail: r.detail });
			// a record from a newer version of the app stays where it is for that version to read
			if (r.reason !== 'newerVersion') await this.#setAside(key, raw, `${r.reason}: ${r.detail}`);
		}
		result.scenarios.sort((a, b) => a.createdAt - b.createdAt);
		return result;
	}

	async get(id: string): Promise<Scenario | null> {
		const r = restore(await this.#scenarios.getItem(id));
		return r.ok ? r.scenario : null;
	}

	/** Saves on top of `base` (the revision this tab last read or wrote). */
	async save(scenario: Scenario, base: number): Promise<SaveResult> {
		try {
			const stored = await this.get(scenario.id);
			if (stored && stored.revision !== base) return { ok: false, reason: 'conflict', stored };
			const revision = base + 1;
			await this.#scenarios.setItem(scenario.id, envelope({ ...scenario, revision }));
			return { ok: true, revision };
		} catch (e) {
			const name = (e as { name?: string }).name ?? '';
			const full = /quota/i.test(name) || /quota/i.test(String(e));
			return { ok: false, reason: full ? 'full' : 'failed', detail: String(e) };
		}
	}

	async remove(id: string): Promise<void> {
		await this.#scenarios.removeItem(id);
	}

	/** Records set aside as unreadable, for export and inspection. */
	async quarantined(): Promise<{ key: string; reason: string; at: number; raw: unknown }[]> {
		const out = [];
		for (const key of await this.#quarantine.keys()) {
			const item = (await this.#quarantine.getItem(key)) as {
				reason: string;
				at: number;
				raw: unknown;
			};
			out.push({ key, ...item });
		}
		return out;
	}

	async #setAside(key: string, raw: unknown, reason: string): Promise<void> {
		const at = Date.now();
		await this.#quarantine.setItem(`${key}@${at}`, { key, reason, at, raw });
		await this.#scenarios.removeItem(key);
	}
}

/** A key/value store in memory: the fallback when browser storage is unavailable. */
export function memoryStore(): KeyValue {
	const map = new Map<string, unknown>();
	return {
		getItem: async (k) => (map.has(k) ? structuredClone(map.get(k)) : null),
		setItem: async (k, v) => map.set(k, structuredClone(v)),
		removeItem: async (k) => void map.delete(k),
		keys: async () => [...map.keys()]
	};
}
