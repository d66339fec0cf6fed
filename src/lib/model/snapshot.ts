/**
 * Computed rows kept for painting before the engine has built a table: saved
 * by the app after a build, or shipped with the data set for the published
 * plan. Each names the table file and the scenario it was computed from.
 */
import type { RowValues } from './row';

export type Snapshot = {
	type: 'rowSnapshot';
	schemaVersion: 1;
	table: string;
	/** Of the table file as fetched, and of the scenario's inputs and assumptions. */
	tableHash: string;
	scenarioHash: string;
	rows: RowValues[];
};

export type SnapshotWant = {
	table: string;
	tableHash: string;
	scenarioHash: string;
	ids: readonly string[];
};

/** The rows, when `s` is a snapshot of exactly this table file and scenario; else null. */
export function snapshotRows(s: unknown, want: SnapshotWant): RowValues[] | null {
	const x = s as Partial<Snapshot> | null;
	if (
		!x ||
		typeof x !== 'object' ||
		x.type !== 'rowSnapshot' ||
		x.schemaVersion !== 1 ||
		x.table !== want.table ||
		x.tableHash !== want.tableHash ||
		x.scenarioHash !== want.scenarioHash ||
		!Array.isArray(x.rows) ||
		x.rows.length !== want.ids.length ||
		!x.rows.every(
			(r, i) => r?.id === want.ids[i] && typeof r.cells === 'object' && r.cells !== null
		)
	)
		return null;
	return x.rows;
}
