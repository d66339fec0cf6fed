/**
 * A scenario: a named set of edits over a published table — typed inputs,
 * table-wide assumptions and notes — never engine state and never a copy of
 * the table, so a corrected data set flows into every scenario. Pure data and
 * pure operations; storage and the engine live elsewhere.
 */
import type { InputKey } from './columns';

/** A typed input: a number, or formula text starting with "=". */
export type InputEntry = number | string;

export type AssumptionName = 'deflator' | 'aboutTolerance';

export type Scenario = {
	id: string;
	tableId: string;
	name: string;
	/** indicator id → input → what the analyst typed. */
	inputs: Record<string, Partial<Record<InputKey, InputEntry>>>;
	assumptions: Partial<Record<AssumptionName, number>>;
	/** indicator id → note text (plain text, never HTML). */
	notes: Record<string, string>;
	createdAt: number;
	updatedAt: number;
	/** Increases with every save; a save over a newer stored revision is a conflict. */
	revision: number;
};

/** The published plan itself: always there, never stored, never edited. */
export const BASELINE_ID = 'baseline';

export function isBaseline(id: string): boolean {
	return id === BASELINE_ID;
}

/** A scenario opened from a link: shown read-only until saved as the user's own copy. */
export const SHARED_ID = 'shared';

export function isShared(id: string): boolean {
	return id === SHARED_ID;
}

export function baselineOf(tableId: string): Scenario {
	return {
		id: BASELINE_ID,
		tableId,
		name: '',
		inputs: {},
		assumptions: {},
		notes: {},
		createdAt: 0,
		updatedAt: 0,
		revision: 0
	};
}

/** One change of one cell, enough to apply it and to undo it. */
export type InputChange = {
	kind: 'input';
	indicator: string;
	input: InputKey;
	before: InputEntry | null;
	after: InputEntry | null;
};

export type AssumptionChange = {
	kind: 'assumption';
	name: AssumptionName;
	before: number | null;
	after: number | null;
};

export type NoteChange = { kind: 'note'; indicator: string; before: string; after: string };

export type Change = InputChange | AssumptionChange | NoteChange;

/** The scenario with one change applied (`after`), or undone when `reverse`. */
export function applyChange(s: Scenario, change: Change, reverse = false): Scenario {
	const value = reverse ? change.before : change.after;
	switch (change.kind) {
		case 'input': {
			const row = { ...s.inputs[change.indicator] };
			if (value === null) delete row[change.input];
			else row[change.input] = value as InputEntry;
			const inputs = { ...s.inputs, [change.indicator]: row };
			if (Object.keys(row).length === 0) delete inputs[change.indicator];
			return { ...s, inputs };
		}
		case 'assumption': {
			const assumptions = { ...s.assumptions };
			if (value === null) delete assumptions[change.name];
			else assumptions[change.name] = value as number;
			return { ...s, assumptions };
		}
		case 'note': {
			const notes = { ...s.notes };
			if (value === '') delete notes[change.indicator];
			else notes[change.indicator] = value as string;
			return { ...s, notes };
		}
	}
}

/** Every typed input of a scenario as a flat list, in a stable order. */
export function entriesOf(
	s: Scenario
): { indicator: string; input: InputKey; value: InputEntry }[] {
	return Object.entries(s.inputs)
		.flatMap(([indicator, row]) =>
			Object.entries(row).map(([input, value]) => ({
				indicator,
				input: input as InputKey,
				value: value as InputEntry
			}))
		)
		.sort((a, b) => (a.indicator + a.input).localeCompare(b.indicator + b.input));
}

/** Whether a scenario computes to the published plan: no typed input, no assumption changed. */
export function isPublishedPlan(s: Scenario): boolean {
	return Object.keys(s.assumptions).length === 0 && entriesOf(s).length === 0;
}

/** Number of typed cells, assumptions and notes: what the scenario changes. */
export function editCount(s: Scenario): number {
	return entriesOf(s).length + Object.keys(s.assumptions).length + Object.keys(s.notes).length;
}

/** A name not yet used: "Scenario 3", "GDP 6 % (copy)". */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	if (!used.has(wanted)) return wanted;
	for (let i = 2; ; i++) if (!used.has(`${wanted} ${i}`)) return `${wanted} ${i}`;
}
