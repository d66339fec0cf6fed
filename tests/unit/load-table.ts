/** Reads a data file from static/data and validates it, as the app does at load. */
import { readFileSync } from 'node:fs';
import type { PlanTable } from '../../src/lib/model/table';
import { parsePlanTable } from '../../src/lib/tables/load';

export function loadTable(file: string): PlanTable {
	const url = new URL(`../../static/data/${file}`, import.meta.url);
	const parsed = parsePlanTable(JSON.parse(readFileSync(url, 'utf8')));
	if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.join('; ')}`);
	return parsed.table;
}
