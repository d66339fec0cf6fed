/**
 * An edit's effect on a row, computed in the page by the reference arithmetic
 * (trajectory.ts) while the engine's answer is on its way.
 *
 * The engine runs in a worker, and Chromium paints the frame due after a key
 * event before it runs the task that delivers the worker's reply: an update
 * that waits for the engine lands a frame late. The preview is computed in the
 * key event's own task, so the frame that follows the edit already shows it;
 * the engine's rows replace it when they come.
 *
 * A preview is only made where it is sure to read the same as the engine: the
 * reference arithmetic must first reproduce every derived value the row shows
 * now, and every value the edit changes must be a number (the engine's text of
 * an error cannot be predicted). Anything else waits for the engine.
 */
import { isCellError, type CellValue } from './cell-value';
import type { DerivedKey, InputKey } from './columns';
import type { RowValues } from './row';
import type { Indicator, PlanTable } from './table';
import type { Status } from './status';
import {
	derive,
	frameOf,
	type Derived,
	type Frame,
	type FrameAssumptions,
	type Inputs
} from './trajectory';

/** Inputs whose edit changes nothing but the row's own derived values, where no formula reads them. */
export type PreviewInput = Extract<InputKey, 'target' | 'latestValue' | 'assumed'>;

export type PreviewEdit =
	{ input: PreviewInput; value: number } | { assumptions: FrameAssumptions };

export function isPreviewInput(key: InputKey): key is PreviewInput {
	return key === 'target' || key === 'latestValue' || key === 'assumed';
}

const DERIVED: readonly [DerivedKey, keyof Derived][] = [
	['targetLevel', 'targetLevel'],
	['projected', 'projected'],
	['gap', 'gap'],
	['required', 'requiredGrowth'],
	['achieved', 'achievedGrowth'],
	['progress', 'progress'],
	['timeProgress', 'timeProgress'],
	['status', 'status']
];

/**
 * The engine hands out numbers rounded to this many digits after the leading one
 * (engine/workbook.ts sets it), and a sum it finds smaller than this fraction of its
 * first term is 0. A preview rounds alike, or a value on a half (51.505) could show
 * a last digit the engine's does not.
 */
export const ENGINE_ROUNDING = { digits: 10, epsilon: 1e-13 } as const;

/** The engine's export rounding of a number (relative to its magnitude); it never gives −0. */
export function roundLikeEngine(x: number): number {
	if (x === 0) return 0;
	const places = 10 ** (ENGINE_ROUNDING.digits - Math.floor(Math.log10(Math.abs(x))));
	return x < 0 ? -Math.round(-x * places) / places : Math.round(x * places) / places;
}

const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** The row's inputs as numbers, or null when one the arithmetic needs is not a number. */
function inputsOf(row: RowValues): Inputs | null {
	const c = row.cells;
	const [base, latestYear, latestValue, assumed] = [
		num(c.base),
		num(c.latestYear),
		num(c.latestValue),
		num(c.assumed)
	];
	if (base === null || latestYear === null || latestValue === null || assumed === null) return null;
	const blankOr = (v: CellValue | undefined) => (v === null || v === undefined ? null : num(v));
	const [target, stated] = [blankOr(c.target), blankOr(c.stated)];
	if ((c.target ?? null) !== null && target === null) return null;
	if ((c.stated ?? null) !== null && stated === null) return null;
	return { base, target, stated, latestYear, latestValue, assumed };
}

/** The engine's value and the arithmetic's agree: the same number to 1e-9, or both undefined. */
function agrees(cell: CellValue | undefined, x: number | string | null): boolean {
	if (typeof x === 'string') return cell === x;
	if (x === null) return cell !== undefined && isCellError(cell);
	return typeof cell === 'number' && Math.abs(cell - x) <= 1e-9 * Math.max(1, Math.abs(x));
}

/**
 * Whether the status sits on a threshold: the engine counts numbers within 1e-13 of
 * each other as equal where the arithmetic does not, so at a tie ("progress exactly
 * in step with time", a value exactly at its target) the two may judge apart. Moving
 * the latest value by far more than that, and far less than any digit shown, tells.
 */
function atTie(frame: Frame, inputs: Inputs, status: Status): boolean {
	const L = inputs.latestValue;
	const step = 1e-11 * Math.max(Math.abs(L), Math.abs(inputs.target ?? 0), Math.abs(inputs.base));
	return [L - step, L + step].some(
		(latestValue) => derive(frame, { ...inputs, latestValue }).status !== status
	);
}

/**
 * The row after the edit, or null when it cannot be previewed. `now` holds the
 * assumptions the row was computed with.
 */
export function previewRow(
	table: Pick<PlanTable, 'baseYear' | 'targetYear'>,
	ind: Indicator,
	row: RowValues,
	now: FrameAssumptions,
	edit: PreviewEdit
): RowValues | null {
	if (ind.kind === 'qualitative') return null;
	const inputs = inputsOf(row);
	if (!inputs) return null;
	// a status the data set fixes (nothing to judge by) is no formula the arithmetic could follow
	const status = row.cells.status;
	if (
		status !== 'achieved' &&
		status !== 'onTrack' &&
		status !== 'behind' &&
		status !== 'movingAway'
	)
		return null;
	const current = frameOf(table, ind, now);
	const before = derive(current, inputs);
	for (const [key, field] of DERIVED) if (!agrees(row.cells[key], before[field])) return null;
	const frame = 'input' in edit ? current : frameOf(table, ind, edit.assumptions);
	const next = 'input' in edit ? { ...inputs, [edit.input]: edit.value } : inputs;
	const after = derive(frame, next);
	if (atTie(frame, next, after.status)) return null;
	const cells = { ...row.cells };
	for (const [key, field] of DERIVED) {
		const x = after[field];
		if (x === before[field]) continue;
		if (x === null) return null;
		cells[key] = typeof x === 'number' ? roundLikeEngine(x) : x;
	}
	// the engine's subtraction: a difference within rounding noise of the target is none
	const { gap, targetLevel } = after;
	if (gap !== null && targetLevel !== null && gap !== before.gap)
		if (Math.abs(gap) < ENGINE_ROUNDING.epsilon * Math.abs(targetLevel)) cells.gap = 0;
	if (!('input' in edit)) return { ...row, cells };
	cells[edit.input] = roundLikeEngine(edit.value);
	return { id: row.id, cells, edited: { ...row.edited, [edit.input]: true } };
}
