/**
 * Parsing a plan table file: unknown JSON in, a checked PlanTable or a readable
 * list of problems out. Never throws.
 */
import * as v from 'valibot';
import type { Catalog } from '../model/catalog';
import type { ProseSet } from '../model/prose';
import type { Indicator, PlanTable } from '../model/table';
import { proseSetSchema } from './prose-schema';
import {
	catalogSchema,
	headSchema,
	indicatorSchema,
	planTableSchema,
	tableOfCheckedSchema
} from './schema';
import type { TableHead } from '../model/head';
import { snapshotContent, type SnapshotContent } from '../model/snapshot';
import { scenarioFingerprint } from '../model/fingerprint';

export type TableResult = { ok: true; table: PlanTable } | { ok: false; problems: string[] };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function parseWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Parsed<T> {
	const result = v.safeParse(schema, input);
	if (result.success) return { ok: true, value: result.output };
	return {
		ok: false,
		problems: result.issues.slice(0, 10).map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
	};
}

export function parsePlanTable(input: unknown): TableResult {
	const r = parseWith(planTableSchema, input);
	return r.ok ? { ok: true, table: r.value } : r;
}

/** Indicators checked per slice by `parsePlanTableInSlices`: a few ms of a slow phone's time. */
export const CHECK_SLICE = 250;

/**
 * `parsePlanTable` for a table of any size: the same result and the same problems, but a
 * large table's indicators are checked a slice at a time, with `pause()` between slices,
 * so checking 10,000 indicators is no half-second task that stalls scrolling.
 */
export async function parsePlanTableInSlices(
	input: unknown,
	pause: () => Promise<void>,
	slice = CHECK_SLICE
): Promise<TableResult> {
	const list = (input as { indicators?: unknown } | null)?.indicators;
	if (!Array.isArray(list) || list.length <= slice) return parsePlanTable(input);
	const checked: Indicator[] = [];
	for (let start = 0; start < list.length; start += slice) {
		for (const item of list.slice(start, start + slice)) {
			const r = v.safeParse(indicatorSchema, item);
			// a bad file is rare: its problems come from the whole-table check, worded and
			// ordered as ever
			if (!r.success) return parsePlanTable(input);
			checked.push(r.output);
		}
		await pause();
	}
	const r = parseWith(tableOfCheckedSchema, { ...(input as object), indicators: checked });
	return r.ok ? { ok: true, table: r.value } : r;
}

export const parseProseSet = (input: unknown): Parsed<ProseSet> => parseWith(proseSetSchema, input);

export const parseCatalog = (input: unknown): Parsed<Catalog> => parseWith(catalogSchema, input);

/**
 * A table's head file, checked: its table, and rows of the published plan for exactly
 * that table's indicators. `table` is the id the head must be of.
 */
export function parseHead(
	input: unknown,
	table: string
): Parsed<{ head: TableHead; content: SnapshotContent }> {
	const r = parseWith(headSchema, input);
	if (!r.ok) return r;
	const head = r.value;
	const hash = (head.snapshot as { tableHash?: unknown } | null)?.tableHash;
	const content =
		head.table.id === table && typeof hash === 'string'
			? snapshotContent(head.snapshot, {
					table,
					tableHash: hash,
					scenarioHash: scenarioFingerprint([], {}),
					ids: head.table.indicators.map((i) => i.id)
				})
			: null;
	if (!content) return { ok: false, problems: [`not the published rows of ${table}`] };
	return { ok: true, value: { head: head as TableHead, content } };
}
