/**
 * Parsing a plan table file: unknown JSON in, a checked PlanTable or a readable
 * list of problems out. Never throws.
 */
import * as v from 'valibot';
import type { PlanTable } from '../model/table';
import { planTableSchema } from './schema';

export type TableResult = { ok: true; table: PlanTable } | { ok: false; problems: string[] };

export function parsePlanTable(input: unknown): TableResult {
	const result = v.safeParse(planTableSchema, input);
	if (result.success) return { ok: true, table: result.output };
	return {
		ok: false,
		problems: result.issues.slice(0, 10).map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
	};
}
