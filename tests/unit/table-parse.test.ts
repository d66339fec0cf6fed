import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanTable, parsePlanTableInSlices } from '../../src/lib/tables/load';
import { syntheticTable } from '../../src/lib/tables/synthetic';

const seed = JSON.parse(
	readFileSync(new URL('../../static/data/jindong-14th.json', import.meta.url), 'utf8')
) as { indicators: Record<string, unknown>[]; baseYear: unknown };

/** Runs the sliced check, counting the pauses it took. */
async function sliced(input: unknown, slice: number) {
	let pauses = 0;
	const result = await parsePlanTableInSlices(input, async () => void pauses++, slice);
	return { result, pauses };
}

const copy = <T>(x: T): T => structuredClone(x);

describe('checking a large table a slice at a time', () => {
	it('gives the table the whole-table check gives, pausing between slices', async () => {
		for (const table of [seed, syntheticTable({ indicators: 1_000, seed: 5 })]) {
			const n = (table.indicators as unknown[]).length;
			const { result, pauses } = await sliced(copy(table), 7);
			expect(result).toEqual(parsePlanTable(copy(table)));
			expect(result.ok).toBe(true);
			expect(pauses).toBe(Math.ceil(n / 7));
		}
	});

	it('checks a table no larger than a slice in one go', async () => {
		const { result, pauses } = await sliced(copy(seed), seed.indicators.length);
		expect(pauses).toBe(0);
		expect(result).toEqual(parsePlanTable(copy(seed)));
	});

	it('reports a bad file with the very problems the whole-table check names', async () => {
		const bad = [
			(t: typeof seed) => void (t.indicators[30]!.unit = 7),
			(t: typeof seed) => void (t.indicators[3]!.id = t.indicators[2]!.id),
			(t: typeof seed) => void (t.indicators[12]!.area = 'nowhere'),
			(t: typeof seed) => void (t.baseYear = '2020'),
			(t: typeof seed) => void (t.indicators = []),
			(t: typeof seed) => void ((t as unknown as { indicators: unknown }).indicators = 'none')
		];
		for (const spoil of bad) {
			const t = copy(seed);
			spoil(t);
			const whole = parsePlanTable(copy(t));
			expect(whole.ok).toBe(false);
			expect((await sliced(t, 5)).result).toEqual(whole);
		}
		expect((await sliced(null, 5)).result).toEqual(parsePlanTable(null));
	});
});
