/**
 * Time to Interactive and Total Blocking Time from a page's long tasks, as Lighthouse
 * computes them (its tbt-utils and interactive metric), without the network half of
 * TTI's quiet window: the app's requests end long before its last long task.
 */

/** TTI is followed by this long without a long task. */
export const QUIET_MS = 5_000;

/** Below this, a task blocks nothing. */
const THRESHOLD_MS = 50;

export type Blocking = { tti: number; tbt: number; longestTask: number };

/**
 * `tasks` as [start, duration] in ms from navigation start; `fcp` the first contentful
 * paint; `dcl` the end of DOMContentLoaded, before which TTI cannot fall.
 * A task that straddles FCP or TTI counts only its part inside, less 50 ms.
 */
export function blocking(
	tasks: readonly (readonly [number, number])[],
	fcp: number,
	dcl = 0,
	quiet = QUIET_MS
): Blocking {
	const sorted = [...tasks].sort((a, b) => a[0] - b[0]);
	let tti = Math.max(fcp, dcl);
	for (const [start, d] of sorted) {
		if (start + d <= fcp) continue;
		if (start - tti >= quiet) break;
		tti = Math.max(tti, start + d);
	}
	let tbt = 0;
	let longestTask = 0;
	for (const [start, d] of sorted) {
		const clipped = Math.min(start + d, tti) - Math.max(start, fcp);
		if (clipped <= 0) continue;
		longestTask = Math.max(longestTask, d);
		if (clipped > THRESHOLD_MS) tbt += clipped - THRESHOLD_MS;
	}
	return { tti, tbt, longestTask };
}
