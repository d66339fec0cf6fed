import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	decodeShare,
	encodeShare,
	SHARE_PREFIX,
	type SharedScenario
} from '../../src/lib/share/codec';

const sample: SharedScenario = {
	table: 'jindong-14th',
	name: 'GDP 6 %，通胀 2%',
	inputs: {
		gdp: { assumed: 0.06, latestYear: 2022, latestValue: 320 },
		'urbanization-rate': { latestYear: 2023, latestValue: 70.2 },
		'talent-pool': { assumed: '=D6-0.01' }
	},
	assumptions: { deflator: 0.02 },
	notes: { gdp: '<script>alert(1)</script> 按 6% 测算', pm25: '=WEBSERVICE("http://x")' }
};

/** JSON has no −0: a link carries 0 for it. */
const noNegZero = (d: number) => (Object.is(d, -0) ? 0 : d);
const entry = fc.oneof(
	fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map(noNegZero),
	fc.string({ maxLength: 40 }).map((s) => `=${s}`)
);
const key = fc.constantFrom('base', 'target', 'stated', 'latestYear', 'latestValue', 'assumed');
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const scenario: fc.Arbitrary<SharedScenario> = fc.record({
	table: fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
	name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
	inputs: fc.dictionary(id, fc.dictionary(key, entry, { minKeys: 1, maxKeys: 3 }), { maxKeys: 6 }),
	assumptions: fc.record(
		{
			deflator: fc
				.double({ noNaN: true, noDefaultInfinity: true, min: -0.5, max: 0.5 })
				.map(noNegZero)
		},
		{ requiredKeys: [] }
	),
	notes: fc.dictionary(id, fc.string({ maxLength: 200 }), { maxKeys: 3 })
});

describe('share links', () => {
	it('open every past link version from its fixture', async () => {
		const v1 = readFileSync(new URL('../fixtures/links/s1-gdp-6.txt', import.meta.url), 'utf8');
		expect(await decodeShare(v1.trim())).toEqual({
			ok: true,
			warnings: [],
			scenario: {
				table: 'jindong-14th',
				name: 'GDP 6 %',
				inputs: {
					gdp: { assumed: 0.06 },
					'urbanization-rate': { latestYear: 2022, latestValue: 70 }
				},
				assumptions: { deflator: 0.02 },
				notes: { gdp: '按 6% 测算' }
			}
		});
	});

	it('round-trip a scenario, notes and formulas kept as inert text', async () => {
		const fragment = await encodeShare(sample);
		expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
		const back = await decodeShare(`#${fragment}`);
		expect(back).toEqual({ ok: true, scenario: sample, warnings: [] });
	});

	it('stay short: a scenario of 10 edited cells fits well under 2,000 characters', async () => {
		const inputs: SharedScenario['inputs'] = {};
		const ids = ['gdp', 'labour-productivity', 'urbanization-rate', 'rd-intensity', 'talent-pool'];
		for (const [n, i] of ids.entries())
			inputs[i] = { assumed: 0.05 + n / 100, latestValue: 100 + n * 3.7 };
		const fragment = await encodeShare({ ...sample, inputs, notes: {} });
		expect(fragment.length).toBeLessThan(600);
	});

	it('decode what they encode, for thousands of random scenarios', async () => {
		await fc.assert(
			fc.asyncProperty(scenario, async (s) => {
				const back = await decodeShare(await encodeShare(s));
				expect(back.ok).toBe(true);
				if (back.ok) expect(back.scenario).toEqual(s);
			}),
			{ numRuns: 1000 }
		);
	});

	it('never throw on random text, and say why they fail', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
				const r = await decodeShare(text);
				if (!r.ok) expect(typeof r.reason).toBe('string');
			}),
			{ numRuns: 2000 }
		);
		for (const [text, reason] of [
			['', 'notALink'],
			['#hello', 'notALink'],
			['s9.abc', 'unknownVersion'],
			['s1.***', 'notBase64'],
			['s1.', 'notBase64'],
			['s1.aGVsbG8', 'notCompressed']
		] as const)
			expect(await decodeShare(text)).toEqual({ ok: false, reason });
	});

	it('never throw on truncated or tampered links; what decodes is always a valid scenario', async () => {
		const good = await encodeShare(sample);
		const body = good.slice(SHARE_PREFIX.length);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const mutant = fc.oneof(
			fc.nat({ max: body.length }).map((n) => body.slice(0, n)),
			fc
				.tuple(fc.nat({ max: body.length - 1 }), fc.constantFrom(...alphabet))
				.map(([i, ch]) => body.slice(0, i) + ch + body.slice(i + 1)),
			fc
				.tuple(fc.nat({ max: body.length - 1 }), fc.string({ maxLength: 8 }))
				.map(([i, s]) => body.slice(0, i) + s + body.slice(i))
		);
		await fc.assert(
			fc.asyncProperty(mutant, async (m) => {
				const r = await decodeShare(SHARE_PREFIX + m);
				if (r.ok) {
					expect(typeof r.scenario.table).toBe('string');
					for (const row of Object.values(r.scenario.inputs))
						for (const v of Object.values(row))
							expect(typeof v === 'number' ? Number.isFinite(v) : v.startsWith('=')).toBe(true);
					for (const n of Object.values(r.scenario.notes)) expect(typeof n).toBe('string');
				}
			}),
			{ numRuns: 2000 }
		);
	});

	it('refuse a link that inflates past a megabyte', async () => {
		const huge = await encodeShare({ ...sample, notes: { gdp: 'x'.repeat(2_000_000) } });
		expect(huge.length).toBeLessThan(10_000);
		expect(await decodeShare(huge)).toEqual({ ok: false, reason: 'tooLarge' });
	});

	it('keep usable values of a well-formed link and report the rest', async () => {
		const crafted = await encodeShare({
			...sample,
			inputs: { gdp: { assumed: 'six' as unknown as number, base: 258 } }
		});
		const r = await decodeShare(crafted);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.scenario.inputs).toEqual({ gdp: { base: 258 } });
			expect(r.warnings).toHaveLength(1);
		}
	});
});
