/**
 * The one reading of a scenario's content (typed inputs, assumptions, notes)
 * from untrusted data — a stored record or a shared link. Keeps every usable
 * value, drops each unusable one with a warning, never throws, never
 * evaluates anything: a formula stays text until the engine, which only
 * accepts its allowed functions, is asked to use it.
 */
import { INPUT_KEYS, type InputKey } from './columns';
import type { AssumptionName, InputEntry, Scenario } from './scenario';

type Json = Record<string, unknown>;

export const isObject = (x: unknown): x is Json =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

const ASSUMPTIONS: readonly AssumptionName[] = ['deflator', 'aboutTolerance'];
/** Long enough for any real note or formula; bounds what a crafted link can make us hold. */
const MAX_TEXT = 10_000;

function isEntry(v: unknown): v is InputEntry {
	return (
		(typeof v === 'number' && Number.isFinite(v)) ||
		(typeof v === 'string' && v.startsWith('=') && v.length <= MAX_TEXT)
	);
}

export type Content = Pick<Scenario, 'inputs' | 'assumptions' | 'notes'>;

/**
 * Any key but "__proto__", which an assignment would take as the object's prototype: set to
 * an object holding values, every object in the page would read them.
 */
const isSafeKey = (k: string) => k !== '__proto__';

export function readContent(raw: { inputs?: unknown; assumptions?: unknown; notes?: unknown }): {
	content: Content;
	warnings: string[];
} {
	const warnings: string[] = [];
	const inputs: Scenario['inputs'] = {};
	for (const [indicator, row] of Object.entries(isObject(raw.inputs) ? raw.inputs : {})) {
		if (!isSafeKey(indicator) || !isObject(row)) {
			warnings.push(`${indicator.slice(0, 80)}: not a set of inputs`);
			continue;
		}
		for (const [key, value] of Object.entries(row)) {
			if (!(INPUT_KEYS as readonly string[]).includes(key) || !isEntry(value)) {
				warnings.push(`${indicator}.${key}: unusable value ${JSON.stringify(value)?.slice(0, 80)}`);
				continue;
			}
			// own keys only: `??=` on "constructor" would find the inherited one and write into it
			const own = Object.hasOwn(inputs, indicator) ? inputs[indicator]! : (inputs[indicator] = {});
			own[key as InputKey] = value;
		}
	}
	const assumptions: Scenario['assumptions'] = {};
	const a = isObject(raw.assumptions) ? raw.assumptions : {};
	for (const name of ASSUMPTIONS) {
		const v = a[name];
		if (typeof v === 'number' && Number.isFinite(v)) assumptions[name] = v;
		else if (v !== undefined)
			warnings.push(`${name}: unusable value ${JSON.stringify(v)?.slice(0, 80)}`);
	}
	const notes: Scenario['notes'] = {};
	for (const [indicator, text] of Object.entries(isObject(raw.notes) ? raw.notes : {})) {
		if (isSafeKey(indicator) && typeof text === 'string' && text.length <= MAX_TEXT)
			notes[indicator] = text;
		else warnings.push(`note on ${indicator}: not usable text`);
	}
	return { content: { inputs, assumptions, notes }, warnings };
}
