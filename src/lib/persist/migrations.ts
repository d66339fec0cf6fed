/**
 * Stored-record migrations: small, pure, numbered and frozen. `MIGRATIONS[n]`
 * turns a record of schema version n into version n + 1. A migration never
 * changes once released; a new shape gets a new number, and a stored fixture
 * of every past version lives in tests/fixtures/stored/.
 */

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export const MIGRATIONS: Readonly<Record<number, (record: Json) => Json>> = Object.freeze({
	/**
	 * v1 → v2. Version 1, the first stored shape, held the scenario's fields at
	 * the top level and its edits as a list; version 2 nests the scenario in the
	 * envelope, keys inputs by indicator, and adds notes and assumptions.
	 */
	1: (r: Json): Json => {
		const { id, tableId, name, edits, createdAt, updatedAt, revision, ...rest } = r;
		const inputs: Record<string, Record<string, unknown>> = {};
		if (Array.isArray(edits))
			for (const e of edits) {
				if (!isObject(e) || typeof e.indicator !== 'string' || typeof e.input !== 'string')
					continue;
				(inputs[e.indicator] ??= {})[e.input] = e.value;
			}
		return {
			...rest,
			schemaVersion: 2,
			scenario: {
				id,
				tableId,
				name,
				inputs,
				assumptions: {},
				notes: {},
				createdAt,
				updatedAt,
				revision
			}
		};
	}
});
