/**
 * Opens scenario storage: IndexedDB through localforage when the browser
 * allows it, else memory (private mode, blocked storage), with the reason, so
 * the app keeps working and says that nothing is kept after the tab closes.
 * Called from the browser only, never at module load.
 */
import { loadLocalforage } from './localforage';
import { memoryStore, ScenarioRepository, type KeyValue } from './repository';

export type StorageKind = 'indexeddb' | 'memory';

export type OpenedStorage = {
	repo: ScenarioRepository;
	kind: StorageKind;
	/** Why storage fell back to memory. */
	reason?: string;
};

const DB = 'plan-indicator-notebook';

export async function openStorage(): Promise<OpenedStorage> {
	try {
		const localforage = await loadLocalforage();
		const instance = (storeName: string): KeyValue =>
			localforage.createInstance({ name: DB, storeName, driver: localforage.INDEXEDDB });
		const scenarios = instance('scenarios');
		const quarantine = instance('quarantine');
		await (scenarios as unknown as LocalForage).ready();
		await (quarantine as unknown as LocalForage).ready();
		// a write proves the store is usable (some browsers open it but refuse writes)
		await scenarios.setItem('__probe__', 1);
		await scenarios.removeItem('__probe__');
		return { repo: new ScenarioRepository({ scenarios, quarantine }), kind: 'indexeddb' };
	} catch (e) {
		return {
			repo: new ScenarioRepository({ scenarios: memoryStore(), quarantine: memoryStore() }),
			kind: 'memory',
			reason: e instanceof Error ? e.message : String(e)
		};
	}
}

/** Asks the browser to keep our storage under pressure; returns whether it will. */
export async function requestPersistence(): Promise<boolean | null> {
	try {
		if (!navigator.storage?.persist) return null;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return null;
	}
}
