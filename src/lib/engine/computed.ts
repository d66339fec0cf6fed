/**
 * The published plan's computed rows for a table file, as the data set ships
 * them (`static/data/computed/`): a first visit paints them while the engine
 * builds, as a later visit paints the rows it saved.
 */
import { fnv1a, scenarioFingerprint } from '../model/fingerprint';
import { headOf, type TableHead } from '../model/head';
import type { Snapshot } from '../model/snapshot';
import type { PlanTable } from '../model/table';
import { createModel } from './model';

/** `text` is the table file as served: the snapshot names it by its hash. */
export function publishedSnapshot(table: PlanTable, text: string): Snapshot {
	const model = createModel(table);
	try {
		return {
			type: 'rowSnapshot',
			schemaVersion: 1,
			table: table.id,
			tableHash: fnv1a(text),
			scenarioHash: scenarioFingerprint([], {}),
			rows: model.rows(),
			assumptions: model.assumptions()
		};
	} finally {
		model.destroy();
	}
}

/** The published plan's rows, and its head (model/head.ts). */
export function publishedFiles(
	table: PlanTable,
	text: string
): { snapshot: Snapshot; head: TableHead } {
	const snapshot = publishedSnapshot(table, text);
	return { snapshot, head: headOf(table, snapshot) };
}
