/**
 * Indicator status, following the mid-term evaluation's principle that progress
 * should keep pace with elapsed time (进度与时间基本一致).
 */
export type Status = 'achieved' | 'onTrack' | 'behind' | 'movingAway' | 'qualitative' | 'noData';

export const STATUSES: readonly Status[] = [
	'achieved',
	'onTrack',
	'behind',
	'movingAway',
	'qualitative',
	'noData'
];

export function isStatus(value: unknown): value is Status {
	return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}
