/**
 * Export of every scenario as one JSON file, each in its stored envelope, so
 * nothing is lost when browser storage is unavailable or full; `restore()`
 * reads each entry back.
 */
import type { Scenario } from '../model/scenario';
import { APP, envelope } from './envelope';

export function exportScenarios(scenarios: Scenario[], at: number): string {
	return JSON.stringify(
		{
			type: 'scenarioExport',
			app: APP,
			exportedAt: new Date(at).toISOString(),
			scenarios: scenarios.map(envelope)
		},
		null,
		2
	);
}
