/**
 * One row's computed values in a signal of its own, so an edit re-renders only
 * the rows whose values moved, not every row of a 10,000-row table.
 */
import type { RowValues } from '../model/row';

export class RowState {
	values = $state.raw<RowValues>() as RowValues;
	/** The engine has moved this row's values since they were shown (it was out of view). */
	stale = $state(false);

	constructor(values: RowValues) {
		this.values = values;
	}
}
