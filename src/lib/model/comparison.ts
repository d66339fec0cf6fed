/** Two scenarios of one table compared: what the engine reports and the compare panel shows. */
import type { InputKey } from './columns';
import type { InputEntry } from './scenario';
import type { Status } from './status';

/** An input typed differently: what each side typed (null: the published default) and the value it holds. */
export type InputDiff = {
	indicator: string;
	input: InputKey;
	a: InputEntry | null;
	b: InputEntry | null;
	valueA: number | null;
	valueB: number | null;
};

export type NumberKey = 'projected' | 'gap' | 'requiredGrowth';

export type DerivedDiff = {
	indicator: string;
	values: Partial<Record<NumberKey, { a: number | null; b: number | null; delta: number | null }>>;
	status?: { a: Status; b: Status };
};

export type Comparison = {
	inputs: InputDiff[];
	assumptions: { name: string; a: number | null; b: number | null }[];
	derived: DerivedDiff[];
};
