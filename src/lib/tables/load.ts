/**
 * Parsing a plan table file: unknown JSON in, a checked PlanTable or a readable
 * list of problems out. Never throws.
 */
import * as v from 'valibot';
import type { Catalog } from '../model/catalog';
import type { ProseSet } from '../model/prose';
import type { PlanTable } from '../model/table';
import { proseSetSchema } from './prose-schema';
import { catalogSchema, planTableSchema } from './schema';

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

export const parseProseSet = (input: unknown): Parsed<ProseSet> => parseWith(proseSetSchema, input);

export const parseCatalog = (input: unknown): Parsed<Catalog> => parseWith(catalogSchema, input);
