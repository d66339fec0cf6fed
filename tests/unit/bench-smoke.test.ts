/**
 * Smoke test of the benchmark pieces that `npm test` does not time: the
 * synthetic tables are valid plan tables with the seed tables' row shapes, the
 * engine builds and edits them, the statistics report medians and spreads, and
 * Total Blocking Time counts as Lighthouse counts it.
 */
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { parsePlanTable } from '../../src/lib/tables/load';
import { syntheticTable } from '../../src/lib/tables/synthetic';
import { blocking } from '../bench/blocking';
import { p95Windows, summarize } from '../bench/stats';
import { stealSpan } from '../bench/steal';
import { gcReading, type TraceEvent } from '../bench/gc-trace';
import { existsSync } from 'node:fs';

describe('benchmark harness', () => {
	it('reads the host CPU steal over a span as a share of the CPU time, on Linux', () => {
		const end = stealSpan();
		const until = Date.now() + 30;
		while (Date.now() < until) Math.sqrt(Math.random());
		const steal = end();
		if (!existsSync('/proc/stat')) return void expect(steal).toBeNull();
		expect(steal).not.toBeNull();
		expect(steal!).toBeGreaterThanOrEqual(0);
		expect(steal!).toBeLessThanOrEqual(100);
	});

	it('generates valid, deterministic tables with every row shape', () => {
		const t = syntheticTable({ indicators: 400, seed: 3 });
		const parsed = parsePlanTable(JSON.parse(JSON.stringify(t)));
		expect(parsed.ok).toBe(true);
		expect(t.indicators).toHaveLength(400);
		expect(syntheticTable({ indicators: 400, seed: 3 })).toEqual(t);
		const kinds = new Set(t.indicators.map((i) => `${i.kind}/${i.growth.kind}`));
		for (const k of [
			'cagr/cagr',
			'pp/ppPerYear',
			'cagr/cumulativeDecline',
			'cumulative/cagr',
			'qualitative/none'
		])
			expect(kinds.has(k), k).toBe(true);
		expect(t.indicators.some((i) => i.priceBasis?.growth === 'constant')).toBe(true);
	});

	it('builds a model of a synthetic table and edits it, one row and the deflator', () => {
		const t = syntheticTable({ indicators: 300, seed: 5 });
		const m = createModel(t);
		try {
			const row = t.indicators.find((i) => i.kind === 'cagr' && i.growth.kind === 'cagr')!;
			const before = m.derived(row.id).projected;
			// the first edit after a build reports every row it evaluated; later ones only what moved
			expect(m.set(row.id, 'assumed', 0.2)).toContain(row.id);
			expect(m.set(row.id, 'assumed', 0.25)).toEqual([row.id]);
			expect(m.derived(row.id).projected).not.toBe(before);
			expect(m.setAssumption('deflator', 0.05).length).toBeGreaterThan(10);
		} finally {
			m.destroy();
		}
	});

	it('summarizes samples as median, p95 and range', () => {
		expect(summarize([5, 1, 3, 2, 4])).toEqual({ median: 3, p95: 5, min: 1, max: 5, n: 5 });
		expect(summarize([1, 2, 3, 4]).median).toBe(2.5);
	});

	it('gives the p95 of each whole run of samples in turn, none for a single run', () => {
		// 20 samples a run: the p95 is the 19th smallest, so one slow sample does not carry it
		const run = (slow: number[]) => Array.from({ length: 20 }, (_, i) => slow[i] ?? i / 10);
		const xs = [...run([]), ...run([9, 8]), ...run([7]), 5];
		expect(p95Windows(xs, 20)).toEqual([1.8, 8, 1.9]);
		expect(p95Windows(run([]), 20)).toEqual([]);
	});

	it("reads a trace's collections on the main thread that saw the keys, and tasks with and without one", () => {
		const on = (tid: number, name: string, ts: number, dur: number, type?: string): TraceEvent => ({
			name,
			ph: 'X',
			ts,
			dur,
			pid: 1,
			tid,
			...(type ? { args: { data: { type } } } : {})
		});
		const thread = (tid: number, name: string): TraceEvent => ({
			name: 'thread_name',
			ph: 'M',
			ts: 0,
			pid: 1,
			tid,
			args: { name }
		});
		const events = [
			thread(1, 'CrRendererMain'),
			thread(2, 'CrRendererMain'), // another page's renderer: no keys
			thread(3, 'DedicatedWorker thread'),
			on(1, 'ThreadControllerImpl::RunTask', 0, 4000),
			on(1, 'EventDispatch', 100, 1000, 'keydown'),
			on(1, 'ThreadControllerImpl::RunTask', 10_000, 40_000),
			on(1, 'MinorGC', 12_000, 30_000),
			on(1, 'ThreadControllerImpl::RunTask', 60_000, 9_000),
			on(1, 'MinorGC', 61_000, 2_000),
			on(1, 'ThreadControllerImpl::RunTask', 80_000, 12_000),
			on(2, 'ThreadControllerImpl::RunTask', 0, 90_000),
			on(2, 'MajorGC', 100, 80_000),
			on(3, 'MinorGC', 0, 50_000)
		];
		expect(gcReading(events)).toEqual({
			scavenges: [30, 2],
			majors: [],
			longestWithGc: 40,
			longestWithout: 12
		});
		expect(gcReading([])).toEqual({
			scavenges: [],
			majors: [],
			longestWithGc: 0,
			longestWithout: 0
		});
	});

	it('counts blocking time from first paint to TTI, as Lighthouse does', () => {
		// before FCP: not counted; straddling FCP: only its part after; 5 s quiet ends TTI
		const tasks: [number, number][] = [
			[100, 300],
			[900, 200],
			[1200, 40],
			[2000, 120],
			[7500, 400]
		];
		expect(blocking(tasks, 1000)).toEqual({ tti: 2120, tbt: 50 + 70, longestTask: 200 });
		// nothing long after the first paint: TTI is the paint, and nothing blocks
		expect(blocking([[0, 500]], 600)).toEqual({ tti: 600, tbt: 0, longestTask: 0 });
		// TTI never falls before DOMContentLoaded
		expect(blocking([], 600, 900).tti).toBe(900);
		// a gap just under the quiet window does not end TTI
		expect(
			blocking(
				[
					[1000, 100],
					[5900, 60]
				],
				500
			).tti
		).toBe(5960);
	});
});
