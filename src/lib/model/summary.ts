/**
 * Status counts for a set of indicators, in the evaluation's own terms: how
 * many numeric indicators are achieved or at least keeping pace with time
 * ("24 of 37 at or ahead of schedule"). Qualitative rows are counted apart:
 * they have no number to judge.
 */
import { STATUSES, type Status } from './status';

export type Summary = {
	/** Achieved or on track. */
	good: number;
	/** Rows with a number to judge (everything but qualitative). */
	numeric: number;
	byStatus: Record<Status, number>;
};

/** Zero of every status. */
export function noCounts(): Record<Status, number> {
	return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

export function summarize(statuses: Iterable<Status>): Summary {
	const byStatus = noCounts();
	for (const s of statuses) byStatus[s]++;
	return fromCounts(byStatus);
}

/** The summary of counts kept elsewhere (per area, updated row by row). */
export function fromCounts(byStatus: Record<Status, number>): Summary {
	return {
		good: byStatus.achieved + byStatus.onTrack,
		numeric: STATUSES.filter((s) => s !== 'qualitative').reduce((n, s) => n + byStatus[s], 0),
		byStatus
	};
}
