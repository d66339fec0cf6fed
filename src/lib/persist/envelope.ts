/**
 * The stored form of a scenario and the one way back in. Every record carries
 * an envelope `{ type, schemaVersion, app }`; `restore()` takes anything read
 * from storage (or a file), migrates old versions, fills defaults, keeps
 * fields it does not know, drops only values that cannot be used — each with a
 * warning — and never throws.
 */
import type { Scenario } from '../model/scenario';
import { isObject, readContent } from '../model/scenario-content';
import { MIGRATIONS } from './migrations';

export const APP = 'plan-indicator-notebook';
export const SCHEMA_VERSION = 2;

export type Envelope = {
	type: 'scenario';
	schemaVersion: typeof SCHEMA_VERSION;
	app: typeof APP;
	scenario: Scenario;
	[unknown: string]: unknown;
};

export type RestoreFailure =
	'notAnObject' | 'foreign' | 'newerVersion' | 'badVersion' | 'missingId' | 'missingTable';

export type Restored =
	| { ok: true; scenario: Scenario; envelope: Envelope; warnings: string[]; migratedFrom?: number }
	| { ok: false; reason: RestoreFailure; detail: string };

type Json = Record<string, unknown>;

export function envelope(scenario: Scenario): Envelope {
	return { type: 'scenario', schemaVersion: SCHEMA_VERSION, app: APP, scenario };
}

/** Reads a stored record of any known version. */
export function restore(input: unknown, now = Date.now()): Restored {
	if (!isObject(input)) return { ok: false, reason: 'notAnObject', detail: typeof input };
	if (input.type !== 'scenario' || (input.app !== undefined && input.app !== APP))
		return { ok: false, reason: 'foreign', detail: `type ${String(input.type)}` };
	const version = input.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { ok: false, reason: 'badVersion', detail: String(version) };
	if (version > SCHEMA_VERSION)
		return { ok: false, reason: 'newerVersion', detail: `version ${version}` };

	let record: Json = input;
	for (let v = version; v < SCHEMA_VERSION; v++) record = MIGRATIONS[v]!(record);

	const { scenario: raw, ...rest } = record;
	const s = isObject(raw) ? raw : {};
	if (typeof s.id !== 'string' || s.id === '')
		return { ok: false, reason: 'missingId', detail: 'no scenario id' };
	if (typeof s.tableId !== 'string' || s.tableId === '')
		return { ok: false, reason: 'missingTable', detail: 'no table id' };

	const { content, warnings } = readContent(s);
	const { inputs, assumptions, notes } = content;
	const time = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : now);
	const scenario: Scenario = {
		...s,
		id: s.id,
		tableId: s.tableId,
		name: typeof s.name === 'string' && s.name.trim() !== '' ? s.name : 'Untitled',
		inputs,
		assumptions,
		notes,
		createdAt: time(s.createdAt),
		updatedAt: time(s.updatedAt),
		revision: typeof s.revision === 'number' && Number.isInteger(s.revision) ? s.revision : 0
	};
	return {
		ok: true,
		scenario,
		envelope: { ...rest, type: 'scenario', schemaVersion: SCHEMA_VERSION, app: APP, scenario },
		warnings,
		...(version < SCHEMA_VERSION ? { migratedFrom: version } : {})
	};
}
