/**
 * Runtime schema of a plan table file. A data file is checked against it when
 * it loads, so a malformed or hand-edited file is reported, never half-used.
 * The type check at the bottom keeps it in step with model/table.ts.
 */
import * as v from 'valibot';
import type { Catalog } from '../model/catalog';
import type { Indicator, PlanTable } from '../model/table';

const localized = v.object({ zh: v.string(), en: v.string() });
const line = v.pipe(v.number(), v.integer(), v.minValue(1));
const comparator = v.picklist(['>', '>=', '<', '<=', '≈']);
const priceBasis = v.picklist(['current', 'constant', 'comparable']);

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
		'cumulativeSum',
		'flowPerYear',
		'targetComparator',
		'none'
	]),
	line
});

export const indicatorSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	no: v.pipe(v.string(), v.regex(/^\d+(\.\d+)?$/)),
	parent: v.optional(v.string()),
	area: v.string(),
	name: localized,
	unit: v.string(),
	kind: v.picklist(['cagr', 'pp', 'cumulative', 'qualitative']),
	direction: v.picklist(['higher', 'lower']),
	attribute: v.optional(v.picklist(['expected', 'binding'])),
	values: v.record(v.pipe(v.string(), v.regex(/^\d{4}$/)), v.nullable(valueCell)),
	target: valueCell,
	growth: growthCell,
	achievedRate: v.optional(growthCell),
	valueIs: v.optional(v.picklist(['level', 'rate'])),
	priceBasis: v.optional(
		v.object({ levels: v.optional(priceBasis), growth: v.optional(priceBasis) })
	),
	population: v.optional(v.picklist(['registered', 'resident'])),
	lines: v.tuple([line, line]),
	notes: v.optional(v.array(localized))
});

/** A table file with its indicators checked by `indicators`. */
function tableOf(indicators: v.GenericSchema<unknown, Indicator[]>) {
	return v.pipe(
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
			plan: v.optional(localized),
			region: v.optional(localized),
			areas: v.array(v.object({ id: v.string(), name: localized, line })),
			notes: v.array(v.object({ text: localized, line })),
			indicators
		}),
		v.check((t) => t.targetYear > t.baseYear, 'targetYear must come after baseYear'),
		v.check((t) => t.years.includes(t.baseYear), 'the base year must be one of the year columns'),
		v.check(
			(t) => t.years.every((y, i) => i === 0 || y > t.years[i - 1]!),
			'year columns must be in ascending order'
		),
		v.check(
			(t) => new Set(t.indicators.map((i) => i.id)).size === t.indicators.length,
			'indicator ids must be unique'
		),
		v.check(
			(t) => t.indicators.every((i) => t.areas.some((a) => a.id === i.area)),
			'every indicator must belong to a listed area'
		)
	);
}

export const planTableSchema = tableOf(v.pipe(v.array(indicatorSchema), v.minLength(1)));

/**
 * The same table, for indicators already checked one by one against `indicatorSchema`
 * (tables/load.ts checks a large table's a slice at a time): they are taken as they are.
 */
export const tableOfCheckedSchema = tableOf(
	v.pipe(v.array(v.custom<Indicator>(() => true)), v.minLength(1))
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<v.InferOutput<typeof planTableSchema>, PlanTable> = true;
void inStep;
// the table's schema takes its indicators' type as given: the indicator schema is held to it here
const indicatorInStep: Same<v.InferOutput<typeof indicatorSchema>, Indicator> = true;
void indicatorInStep;

const catalogTable = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
	title: localized,
	plan: localized,
	region: localized,
	baseYear: v.pipe(v.number(), v.integer()),
	targetYear: v.pipe(v.number(), v.integer())
});

export const catalogSchema = v.object({
	type: v.literal('dataIndex'),
	schemaVersion: v.literal(1),
	tables: v.pipe(v.array(catalogTable), v.minLength(1)),
	prose: v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)))
});

const catalogInStep: Same<v.InferOutput<typeof catalogSchema>, Catalog> = true;
void catalogInStep;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A head's own fields; its rows are checked as a snapshot (model/snapshot.ts). */
export const headSchema = v.object({
	type: v.literal('tableHead'),
	schemaVersion: v.literal(1),
	table: planTableSchema,
	indicators: v.pipe(v.number(), v.integer(), v.minValue(1)),
	printedAchieved: v.boolean(),
	counts: v.record(
		v.string(),
		v.object({
			achieved: count,
			onTrack: count,
			behind: count,
			movingAway: count,
			qualitative: count,
			noData: count
		})
	),
	snapshot: v.unknown()
});
