/**
 * Runtime schema of a plan table file. A data file is checked against it when
 * it loads, so a malformed or hand-edited file is reported, never half-used.
 * The type check at the bottom keeps it in step with model/table.ts.
 */
import * as v from 'valibot';
import type { PlanTable } from '../model/table';

const localized = v.object({ zh: v.string(), en: v.string() });
const line = v.pipe(v.number(), v.integer(), v.minValue(1));
const comparator = v.picklist(['>', '>=', '<', '<=', '≈']);

const valueCell = v.object({
	raw: v.string(),
	value: v.nullable(v.pipe(v.number(), v.finite())),
	comparator: v.optional(comparator),
	qualitative: v.optional(v.boolean()),
	line
});

const growthCell = v.object({
	raw: v.string(),
	value: v.nullable(v.pipe(v.number(), v.finite())),
	comparator: v.optional(comparator),
	kind: v.picklist([
		'cagr',
		'ppPerYear',
		'cumulativeDecline',
		'cumulativePoints',
		'targetComparator',
		'none'
	]),
	line
});

const indicator = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	no: v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/)),
	parent: v.optional(v.string()),
	area: v.string(),
	name: localized,
	unit: v.string(),
	kind: v.picklist(['cagr', 'pp', 'cumulative', 'qualitative']),
	direction: v.picklist(['higher', 'lower']),
	attribute: v.picklist(['expected', 'binding']),
	values: v.record(v.pipe(v.string(), v.regex(/^\d{4}$/)), v.nullable(valueCell)),
	target: valueCell,
	growth: growthCell,
	lines: v.tuple([line, line]),
	notes: v.optional(v.array(localized))
});

export const planTableSchema = v.pipe(
	v.object({
		type: v.literal('planTable'),
		schemaVersion: v.literal(1),
		id: v.string(),
		title: localized,
		titleRaw: v.string(),
		source: v.object({ file: v.string(), lines: v.tuple([line, line]) }),
		baseYear: v.pipe(v.number(), v.integer()),
		targetYear: v.pipe(v.number(), v.integer()),
		years: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.minLength(1)),
		areas: v.array(v.object({ id: v.string(), name: localized, line })),
		notes: v.array(v.object({ text: localized, line })),
		indicators: v.pipe(v.array(indicator), v.minLength(1))
	}),
	v.check((t) => t.targetYear > t.baseYear, 'targetYear must come after baseYear'),
	v.check((t) => t.years.at(-1) === t.baseYear, 'the last year column must be the base year'),
	v.check(
		(t) => new Set(t.indicators.map((i) => i.id)).size === t.indicators.length,
		'indicator ids must be unique'
	),
	v.check(
		(t) => t.indicators.every((i) => t.areas.some((a) => a.id === i.area)),
		'every indicator must belong to a listed area'
	)
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<v.InferOutput<typeof planTableSchema>, PlanTable> = true;
void inStep;
