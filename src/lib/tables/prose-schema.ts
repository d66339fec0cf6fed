/**
 * Runtime schema of a prose-figures file (static/data/prose-*.json), kept in
 * step with model/prose.ts at compile time.
 */
import * as v from 'valibot';
import type { ProseSet } from '../model/prose';

const localized = v.object({ zh: v.string(), en: v.string() });
const kebab = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

const figure = v.object({
	id: kebab,
	name: localized,
	raw: v.pipe(v.string(), v.minLength(1)),
	line: v.pipe(v.number(), v.integer(), v.minValue(1)),
	value: v.nullable(v.pipe(v.number(), v.finite())),
	comparator: v.optional(v.picklist(['>', '>=', '<', '<=', '≈'])),
	unit: v.string(),
	measure: v.picklist(['level', 'growth', 'points', 'share']),
	year: v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100)),
	kind: v.picklist(['target', 'actual']),
	indicator: v.optional(v.object({ table: v.string(), id: kebab })),
	notes: v.optional(v.array(localized))
});

export const proseSetSchema = v.pipe(
	v.object({
		type: v.literal('proseFigures'),
		schemaVersion: v.literal(1),
		id: kebab,
		title: localized,
		source: v.object({ file: v.string() }),
		document: localized,
		figures: v.array(figure)
	}),
	v.check(
		(s) => new Set(s.figures.map((f) => f.id)).size === s.figures.length,
		'figure ids must be unique'
	)
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<v.InferOutput<typeof proseSetSchema>, ProseSet> = true;
void inStep;
