/** Scenario files read back: the export of every scenario, one envelope, or something else. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/lib/model/scenario';
import { envelope } from '../../src/lib/persist/envelope';
import { exportScenarios } from '../../src/lib/persist/export';
import { readScenarioFile } from '../../src/lib/persist/import';

const scenario = (id: string, name: string): Scenario => ({
	id,
	tableId: 'jindong-14th',
	name,
	inputs: { gdp: { assumed: 0.06 } },
	assumptions: { deflator: 0.02 },
	notes: { gdp: '按 6% 测算' },
	createdAt: 1,
	updatedAt: 2,
	revision: 3
});

describe('reading a scenario file', () => {
	it('an export gives back its scenarios as stored', () => {
		const list = [scenario('a', 'A'), scenario('b', 'B')];
		const read = readScenarioFile(exportScenarios(list, 0));
		expect(read).toEqual({ ok: true, scenarios: list, unreadable: 0 });
	});

	it('one envelope on its own is a file of one scenario', () => {
		const read = readScenarioFile(JSON.stringify(envelope(scenario('a', 'A'))));
		expect(read.ok && read.scenarios.map((s) => s.id)).toEqual(['a']);
	});

	it('entries that cannot be read are counted, the others kept', () => {
		const file = JSON.parse(exportScenarios([scenario('a', 'A')], 0));
		file.scenarios.push({ type: 'scenario', app: 'someone-else' }, 42);
		const read = readScenarioFile(JSON.stringify(file));
		expect(read.ok && [read.scenarios.length, read.unreadable]).toEqual([1, 2]);
	});

	it('what is not JSON, or not a scenario file, is refused', () => {
		expect(readScenarioFile('{"a":')).toEqual({ ok: false, reason: 'notJson' });
		expect(readScenarioFile('{"a":1}')).toEqual({ ok: false, reason: 'notAScenarioFile' });
		expect(readScenarioFile('null')).toEqual({ ok: false, reason: 'notAScenarioFile' });
	});
});
