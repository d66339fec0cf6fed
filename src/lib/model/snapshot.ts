/**
 * Computed rows kept for painting before the engine has built a table: saved
 * by the app after a build, or shipped with the data set for the published
 * plan. Each names the table file and the scenario it was computed from.
 */
import { ASSUMPTION_KEYS, type Assumption } from './assumption';
import { isCellValue } from './cell-value';
import type { RowValues } from './row';

export type Snapshot = {
	type: 'rowSnapshot';
	schemaVersion: 1;
	table: string;
	/** Of the table file as fetched, and of the scenario's inputs and assumptions. */
	tableHash: string;
	scenarioHash: string;
	rows: RowValues[];
	/**
	 * The assumptions as they stood, so the page lays out their bar before the engine is
	 * ready. Added later: a snapshot saved without them still paints its rows.
	 */
	assumptions?: Assumption[];
};

/** What a snapshot paints: its rows, and its assumptions when it holds readable ones. */
export type SnapshotContent = { rows: RowValues[]; assumptions: Assumption[] | null };

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

/** Rows and assumptions of `s`, when it is a snapshot of exactly this table file and scenario; else null. */
export function snapshotContent(s: unknown, want: SnapshotWant): SnapshotContent | null {
	const rows = snapshotRows(s, want);
	if (!rows) return null;
	const a = (s as Partial<Snapshot>).assumptions;
	const readable =
		Array.isArray(a) &&
		a.every(
			(x) =>
				x !== null &&
				typeof x === 'object' &&
				ASSUMPTION_KEYS.includes(x.key) &&
				typeof x.name === 'string' &&
				typeof x.expression === 'string' &&
				typeof x.edited === 'boolean' &&
				isCellValue(x.value) &&
				isCellValue(x.implied)
		);
	return { rows, assumptions: readable ? a : null };
}
