/**
 * Computed rows saved after a build, so the next visit paints a large table's
 * values at once while the engine builds it again. A cache: each entry names
 * the table file and scenario it was computed from, a stale or unreadable one
 * is ignored, and when storage is missing or full nothing is saved and nothing
 * breaks. Written from the engine's worker (the write never blocks the page),
 * read by the page.
 */
import { loadLocalforage } from './localforage';
import {
	snapshotContent,
	type Snapshot,
	type SnapshotContent,
	type SnapshotWant
} from '../model/snapshot';

export type { Snapshot };

let store: Promise<LocalForage | null> | undefined;

function open(): Promise<LocalForage | null> {
	return (store ??= loadLocalforage().then(
		// A database of its own: adding a store to the scenarios' database would need a version
		// change, which the page's and the worker's open connections to it would block.
		(localforage) =>
			localforage.createInstance({
				name: 'plan-indicator-notebook-cache',
				storeName: 'snapshots',
				driver: localforage.INDEXEDDB
			}),
		() => null
	));
}

export const snapshotKey = (table: string, scenario: string) => `${table} ${scenario}`;

export async function saveSnapshot(key: string, s: Snapshot): Promise<void> {
	try {
		await (await open())?.setItem(key, s);
	} catch {
		// a full or blocked store only means the next visit computes before it paints
	}
}

/** The saved rows for exactly this table file and scenario, or null. */
export async function readSnapshot(
	key: string,
	want: SnapshotWant
): Promise<SnapshotContent | null> {
	try {
		return snapshotContent(await (await open())?.getItem(key), want);
	} catch {
		return null;
	}
}
