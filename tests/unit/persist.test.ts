import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore, SCHEMA_VERSION } from '../../src/lib/persist/envelope';
import { memoryStore, ScenarioRepository } from '../../src/lib/persist/repository';
import { openStorage } from '../../src/lib/persist/open';
import type { Scenario } from '../../src/lib/model/scenario';

const fixture = (v: number) =>
	JSON.parse(
		readFileSync(new URL(`../fixtures/stored/scenario-v${v}.json`, import.meta.url), 'utf8')
	) as unknown;

const sample = (over: Partial<Scenario> = {}): Scenario => ({
	id: 's1',
	tableId: 'jindong-14th',
	name: 'A',
	inputs: { gdp: { assumed: 0.06 } },
	assumptions: {},
	notes: {},
	createdAt: 1,
	updatedAt: 1,
	revision: 0,
	...over
});

describe('restore', () => {
	it('reads every past schema version from its stored fixture', () => {
		for (let v = 1; v <= SCHEMA_VERSION; v++) expect(restore(fixture(v)).ok, `v${v}`).toBe(true);
	});

	it('migrates a version-1 record: edits become keyed inputs, nothing is lost, unknown fields stay', () => {
		const r = restore(fixture(1));
		if (!r.ok) throw new Error(r.reason);
		expect(r.migratedFrom).toBe(1);
		expect(r.scenario.inputs).toEqual({
			gdp: { assumed: 0.06 },
			'urbanization-rate': { latestYear: 2022, latestValue: 70 },
			'retired-indicator': { assumed: 0.05 }
		});
		expect(r.scenario.notes).toEqual({});
		expect(r.scenario.revision).toBe(3);
		expect(r.envelope.schemaVersion).toBe(SCHEMA_VERSION);
		expect(r.envelope.futureField).toEqual({ kept: true });
	});

	it('a key such as __proto__ in a record, a file or a link is dropped, never reaching a prototype', () => {
		const record = JSON.parse(
			JSON.stringify(fixture(SCHEMA_VERSION)).replace(
				'"inputs":{',
				'"inputs":{"__proto__":{"target":5},"constructor":{"assumed":0.1},'
			)
		);
		expect(JSON.stringify(record)).toContain('__proto__');
		const r = restore(record);
		if (!r.ok) throw new Error(r.reason);
		expect(Object.keys(r.scenario.inputs)).not.toContain('__proto__');
		expect(({} as { target?: unknown }).target).toBeUndefined();
		expect((Object as unknown as { assumed?: unknown }).assumed).toBeUndefined();
		// "constructor" is a key like any other: an indicator no table has, kept as its own entry
		expect(Object.hasOwn(r.scenario.inputs, 'constructor')).toBe(true);
		expect(r.warnings).toEqual([expect.stringContaining('__proto__')]);
	});

	it('never throws, and names why a record cannot be used', () => {
		const cases: [unknown, string][] = [
			[null, 'notAnObject'],
			['text', 'notAnObject'],
			[{ type: 'somethingElse' }, 'foreign'],
			[{ type: 'scenario', schemaVersion: 99 }, 'newerVersion'],
			[{ type: 'scenario', schemaVersion: 'x' }, 'badVersion'],
			[{ type: 'scenario', schemaVersion: 2, scenario: 42 }, 'missingId'],
			[{ type: 'scenario', schemaVersion: 2, scenario: { id: 'x' } }, 'missingTable']
		];
		for (const [input, reason] of cases) {
			const r = restore(input);
			expect(r.ok, JSON.stringify(input)).toBe(false);
			if (!r.ok) expect(r.reason).toBe(reason);
		}
	});

	it('drops only unusable values, each with a warning, and fills defaults', () => {
		const r = restore({
			type: 'scenario',
			schemaVersion: 2,
			scenario: {
				id: 'x',
				tableId: 't',
				name: '   ',
				inputs: { gdp: { assumed: 'six', target: Infinity, base: '=B2', bogus: 1 } },
				assumptions: { deflator: 'high', aboutTolerance: 0.03 },
				notes: { gdp: 7, pm25: '<b>text</b>' }
			}
		});
		if (!r.ok) throw new Error(r.reason);
		expect(r.scenario.inputs).toEqual({ gdp: { base: '=B2' } });
		expect(r.scenario.assumptions).toEqual({ aboutTolerance: 0.03 });
		expect(r.scenario.notes).toEqual({ pm25: '<b>text</b>' });
		expect(r.scenario.name).toBe('Untitled');
		expect(r.warnings.length).toBe(5);
	});
});

describe('ScenarioRepository', () => {
	const repo = () =>
		new ScenarioRepository({ scenarios: memoryStore(), quarantine: memoryStore() });

	it('saves on top of the revision it read, and refuses a stale save as a conflict', async () => {
		const r = repo();
		expect(await r.save(sample(), 0)).toEqual({ ok: true, revision: 1 });
		expect(await r.save(sample({ name: 'B' }), 1)).toEqual({ ok: true, revision: 2 });
		const stale = await r.save(sample({ name: 'stale tab' }), 1);
		expect(stale.ok).toBe(false);
		if (!stale.ok) expect(stale.reason).toBe('conflict');
		expect((await r.get('s1'))?.name).toBe('B');
	});

	it('sets unreadable records aside without deleting them, and keeps newer-version records in place', async () => {
		const scenarios = memoryStore();
		const quarantine = memoryStore();
		await scenarios.setItem('good', { type: 'scenario', schemaVersion: 2, scenario: sample() });
		await scenarios.setItem('bad', { type: 'scenario', schemaVersion: 2, scenario: 42 });
		await scenarios.setItem('future', { type: 'scenario', schemaVersion: 9 });
		await scenarios.setItem('old', fixture(1));
		const r = new ScenarioRepository({ scenarios, quarantine });
		const loaded = await r.loadAll();
		expect(loaded.scenarios.map((s) => s.id).sort()).toEqual(['3f1c2a9e-v1-fixture', 's1']);
		expect(loaded.migrated).toBe(1);
		expect(loaded.problems.map((p) => [p.key, p.reason]).sort()).toEqual([
			['bad', 'missingId'],
			['future', 'newerVersion']
		]);
		expect((await scenarios.keys()).sort()).toEqual(['future', 'good', 'old']);
		const aside = await r.quarantined();
		expect(aside).toHaveLength(1);
		expect(aside[0]!.raw).toEqual({ type: 'scenario', schemaVersion: 2, scenario: 42 });
	});

	it('reports a full store as full, not as a crash', async () => {
		const full = memoryStore();
		full.setItem = async () => {
			throw Object.assign(new Error('The quota has been exceeded.'), {
				name: 'QuotaExceededError'
			});
		};
		const r = new ScenarioRepository({ scenarios: full, quarantine: memoryStore() });
		const result = await r.save(sample(), 0);
		expect(result).toMatchObject({ ok: false, reason: 'full' });
	});
});

describe('openStorage', () => {
	it('opens IndexedDB through localforage when available, and round-trips a scenario', async () => {
		const opened = await openStorage();
		expect(opened.kind).toBe('indexeddb');
		await opened.repo.save(sample({ id: 'idb' }), 0);
		const again = await openStorage();
		expect((await again.repo.get('idb'))?.inputs).toEqual({ gdp: { assumed: 0.06 } });
	});
});
