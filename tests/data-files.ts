/** Every curated data file under static/data, read and validated as the app reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import type { ProseSet } from '../src/lib/model/prose';
import type { PlanTable } from '../src/lib/model/table';
import type { Catalog } from '../src/lib/model/catalog';
import { parseCatalog, parsePlanTable } from '../src/lib/tables/load';
import { proseSetSchema } from '../src/lib/tables/prose-schema';

const DIR = new URL('../static/data/', import.meta.url);

export const seedsDir = new URL('../../shared/seeds/', import.meta.url);

function read(file: string): unknown {
	return JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));

export function planTables(): { file: string; table: PlanTable }[] {
	return files.flatMap((file) => {
		const json = read(file) as { type?: string };
		if (json.type !== 'planTable') return [];
		const parsed = parsePlanTable(json);
		if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.join('; ')}`);
		return [{ file, table: parsed.table }];
	});
}

export function proseSets(): { file: string; set: ProseSet }[] {
	return files.flatMap((file) => {
		const json = read(file) as { type?: string };
		if (json.type !== 'proseFigures') return [];
		const parsed = v.safeParse(proseSetSchema, json);
		if (!parsed.success)
			throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
		return [{ file, set: parsed.output }];
	});
}

export function unknownFiles(): string[] {
	return files.filter((f) => {
		const t = (read(f) as { type?: string }).type;
		return t !== 'planTable' && t !== 'proseFigures' && !(f === 'index.json' && t === 'dataIndex');
	});
}

export function catalog(): Catalog {
	const parsed = parseCatalog(read('index.json'));
	if (!parsed.ok) throw new Error(`index.json: ${parsed.problems.join('; ')}`);
	return parsed.value;
}
