import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSnapshot } from '../../src/lib/engine/computed';
import { fnv1a, scenarioFingerprint } from '../../src/lib/model/fingerprint';
import { snapshotContent } from '../../src/lib/model/snapshot';
import { planTables } from '../data-files';

const DIR = new URL('../../static/data/', import.meta.url);
/** `npm run data:computed` sets this to write the files instead of checking them. */
const UPDATE = process.env.UPDATE_COMPUTED === '1';

describe('the published plan’s computed rows shipped with the data set', () => {
	for (const { file, table } of planTables())
		it(`${file}: computed/${file} is what the engine computes from it`, () => {
			const text = readFileSync(new URL(file, DIR), 'utf8');
			const expected = publishedSnapshot(table, text);
			const target = new URL(`computed/${file}`, DIR);
			if (UPDATE) writeFileSync(target, JSON.stringify(expected));
			expect(existsSync(target), `missing: run npm run data:computed`).toBe(true);
			const shipped: unknown = JSON.parse(readFileSync(target, 'utf8'));
			expect(shipped, 'stale: run npm run data:computed').toEqual(expected);
			// and the app accepts it for this very file and the published plan only
			const want = {
				table: table.id,
				tableHash: fnv1a(text),
				scenarioHash: scenarioFingerprint([], {}),
				ids: table.indicators.map((i) => i.id)
			};
			const content = snapshotContent(shipped, want);
			expect(content?.rows).toHaveLength(table.indicators.length);
			expect(content?.assumptions?.map((a) => a.key)).toEqual(['deflator', 'aboutTolerance']);
			expect(snapshotContent(shipped, { ...want, tableHash: fnv1a(`${text} `) })).toBeNull();
		});
});
