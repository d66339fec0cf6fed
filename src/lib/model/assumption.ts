/** A table-wide assumption the analyst can change, as the engine reports it. */
import type { CellValue } from './cell-value';

export type AssumptionKey = 'deflator' | 'aboutTolerance';

export const ASSUMPTION_KEYS: readonly AssumptionKey[] = ['deflator', 'aboutTolerance'];

export type Assumption = {
	key: AssumptionKey;
	name: string;
	value: CellValue;
	/** Formula or constant as typed. */
	expression: string;
	edited: boolean;
	/** What the plan itself implies, where the assumption has such a reading. */
	implied: CellValue;
};
