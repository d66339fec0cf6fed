/**
 * What the page's long tasks are made of: a trace of some edits, with the main thread's
 * tasks and its garbage collections. At 10,000 rows the table-wide edit's long tasks were
 * young-generation collections (scavenges) of the rows each reply brings, not the app's
 * own work; this keeps that reading in every run.
 */
import type { Page } from '@playwright/test';

export type TraceEvent = {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; data?: { type?: string } };
};

export type GcReading = {
	/** Young-generation collections on the main thread, ms each, longest first. */
	scavenges: number[];
	/** Full collections' main-thread pauses, ms each, longest first. */
	majors: number[];
	/** The longest main-thread task with a collection in it, and without one (ms). */
	longestWithGc: number;
	longestWithout: number;
};

const TASK = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const at = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/** Reads a trace: the page's main thread is the renderer main thread that saw the keys. */
export function gcReading(events: TraceEvent[]): GcReading {
	const mains = new Set(
		events
			.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const keyed = events.find(
		(e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && mains.has(at(e))
	);
	const main = keyed ? at(keyed) : null;
	const spans = events.filter((e) => e.ph === 'X' && at(e) === main && e.dur !== undefined);
	const ms = (e: TraceEvent) => (e.dur ?? 0) / 1000;
	const gcs = spans.filter((e) => e.name === 'MinorGC' || e.name === 'MajorGC');
	let longestWithGc = 0;
	let longestWithout = 0;
	for (const task of spans.filter((e) => TASK.has(e.name))) {
		const end = task.ts + (task.dur ?? 0);
		const hasGc = gcs.some((g) => g.ts >= task.ts && g.ts < end);
		if (hasGc) longestWithGc = Math.max(longestWithGc, ms(task));
		else longestWithout = Math.max(longestWithout, ms(task));
	}
	const longestFirst = (name: string) =>
		gcs
			.filter((g) => g.name === name)
			.map(ms)
			.sort((a, b) => b - a);
	return {
		scavenges: longestFirst('MinorGC'),
		majors: longestFirst('MajorGC'),
		longestWithGc,
		longestWithout
	};
}

/** Traces `run` (some edits) in `page` and reads its main thread's collections. */
export async function traceGc(page: Page, run: () => Promise<void>): Promise<GcReading> {
	const cdp = await page.context().newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
	const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,toplevel,v8.gc',
		transferMode: 'ReportEvents'
	});
	try {
		await run();
	} finally {
		await cdp.send('Tracing.end');
		await done;
		await cdp.detach();
	}
	return gcReading(events);
}
