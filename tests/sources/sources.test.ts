/**
 * Source check: every cell text in the data set is found on the seed line it
 * records. Runs as `npm run check:sources` and inside `npm test`; skipped, and
 * said so in the test title, when ../shared/seeds is not beside the repo.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTables, proseSets, seedsDir } from '../data-files';

const haveSeeds = existsSync(seedsDir);
const skipNote = haveSeeds ? '' : ' (skipped: ../shared/seeds is missing)';

// `npm run check:sources` asks for the check itself: there, missing seeds are a failure
if (process.env.REQUIRE_SEEDS === '1' && !haveSeeds)
	throw new Error(`The source check needs the seed documents at ${seedsDir.pathname}`);

function seedLines(file: string): string[] {
	return readFileSync(new URL(file, seedsDir), 'utf8').split('\n');
}

describe(`source check${skipNote}`, () => {
	for (const { file, table } of planTables()) {
		it.skipIf(!haveSeeds)(`${file}: every cell text is on its recorded line`, () => {
			const lines = seedLines(table.source.file);
			const at = (n: number) => lines[n - 1] ?? '';
			const [from, to] = table.source.lines;
			expect(lines.slice(from - 1, to).join('\n')).toContain(table.titleRaw);
			for (const ind of table.indicators) {
				const cells = [
					...Object.entries(ind.values).map(([y, c]) => [y, c] as const),
					['target', ind.target] as const,
					['growth', ind.growth] as const,
					['achievedRate', ind.achievedRate] as const
				];
				for (const [col, cell] of cells) {
					if (!cell || cell.raw === '') continue;
					expect(at(cell.line), `${ind.id}.${col} "${cell.raw}"`).toContain(cell.raw);
				}
				const joined = lines.slice(ind.lines[0] - 1, ind.lines[1]).join('');
				const squeeze = (s: string) => s.replace(/\s+/g, '');
				expect(squeeze(joined), `${ind.id} name`).toContain(
					squeeze(ind.name.zh.replace(/^其中[：:]/, ''))
				);
			}
		});
	}

	for (const { file, set } of proseSets()) {
		it.skipIf(!haveSeeds)(`${file}: every quoted figure is on its recorded line`, () => {
			const lines = seedLines(set.source.file);
			for (const f of set.figures)
				expect(lines[f.line - 1] ?? '', `${f.id} "${f.raw}"`).toContain(f.raw);
		});
	}
});
