/**
 * Which rows an edit previews (model/preview.ts), and their bookkeeping until the
 * engine answers.
 *
 * Each edit gets a number. Its preview is shown at once; its reply then
 * replaces it with the engine's rows. The engine answers in order, so a reply
 * to an earlier edit must not paint over a later edit's preview of the same row
 * (the screen would step back a value and forward again): it only becomes the
 * row to fall back to. A row previewed but absent from the reply, or an edit
 * the engine refused, falls back to the engine's last row.
 */
import { DEFAULT_ABOUT_TOLERANCE } from '../engine/layout';
import type { Assumption, AssumptionKey } from '../model/assumption';
import type { InputKey } from '../model/columns';
import { isRealGrowth, statusComparator } from '../model/indicator';
import { isPreviewInput, previewRow } from '../model/preview';
import type { RowValues } from '../model/row';
import type { InputEntry } from '../model/scenario';
import type { Indicator, PlanTable } from '../model/table';
import type { FrameAssumptions } from '../model/trajectory';

/**
 * An assumption that reaches more rows than this, of those it previews, is not previewed.
 * The preview and its render grow with the rows: previewing all of the 10,000-row table's
 * 1,615 real-growth rows took the key's task past 50 ms (BENCHMARKS.md). Where the grid
 * shows some rows only, only those are previewed, and this is never reached.
 */
export const PREVIEW_MAX_ROWS = 500;

/** The rows shown and what they were computed with. */
export type PreviewSource = {
	table: PlanTable;
	rows: readonly RowValues[];
	rowIndex: ReadonlyMap<string, number>;
	assumptions: readonly Assumption[];
	/**
	 * Whether row i holds the engine's current values; a stale row (moved out of view,
	 * see engine/session.ts) is never previewed. Absent: every row does.
	 */
	fresh?: (i: number) => boolean;
	/**
	 * The rows in view, where the grid shows only some: a table-wide edit previews only
	 * these, as the engine sends only these. Absent: every row.
	 */
	near?: readonly number[] | null;
};

function frameAssumptions(assumptions: readonly Assumption[]): FrameAssumptions | null {
	const value = (k: AssumptionKey) => assumptions.find((a) => a.key === k)?.value;
	const [deflator, aboutTolerance] = [value('deflator'), value('aboutTolerance')];
	return typeof deflator === 'number' && typeof aboutTolerance === 'number'
		? { deflator, aboutTolerance }
		: null;
}

/** The edited row, for a typed number in an input the preview follows; else none. */
export function inputPreview(
	from: PreviewSource,
	id: string,
	key: InputKey,
	value: InputEntry | null
): RowValues[] {
	const i = from.rowIndex.get(id);
	const now = frameAssumptions(from.assumptions);
	if (i === undefined || !now || typeof value !== 'number' || !isPreviewInput(key)) return [];
	if (from.fresh && !from.fresh(i)) return [];
	const [row, ind] = [from.rows[i], from.table.indicators[i]];
	const edit = { input: key, value };
	const next = row && ind ? previewRow(from.table, ind, row, now, edit) : null;
	return next ? [next] : [];
}

/**
 * Every row an assumption reaches (null restores its default), of the fresh rows in view,
 * or none when one of them cannot be previewed or the engine would refuse the value.
 */
export function assumptionPreview(
	from: PreviewSource,
	key: AssumptionKey,
	value: number | null
): RowValues[] {
	const { table, rows } = from;
	const now = frameAssumptions(from.assumptions);
	if (!now) return [];
	// the defaults: the plan's implied deflator (0 where the plan implies none), 2 %
	const implied = from.assumptions.find((a) => a.key === 'deflator')?.implied ?? 0;
	const set = value ?? (key === 'aboutTolerance' ? DEFAULT_ABOUT_TOLERANCE : implied);
	if (typeof set !== 'number') return []; // an implied deflator the engine cannot compute
	if (key === 'deflator' && set <= -1) return [];
	if (key === 'aboutTolerance' && (set < 0 || set > 1)) return [];
	const reaches = (ind: Indicator) =>
		key === 'deflator' ? isRealGrowth(ind) : statusComparator(ind) === '≈';
	const edit = { assumptions: { ...now, [key]: set } };
	const fresh = from.fresh ?? (() => true);
	const candidates = from.near ?? table.indicators.keys();
	const at: number[] = [];
	// counted first: too many rows are known before any of them is computed
	for (const i of candidates) {
		const ind = table.indicators[i];
		if (!ind || !reaches(ind) || !fresh(i)) continue;
		if (at.push(i) > PREVIEW_MAX_ROWS) return [];
	}
	const out: RowValues[] = [];
	for (const i of at) {
		const ind = table.indicators[i]!;
		const row = rows[i];
		const next = row ? previewRow(table, ind, row, now, edit) : null;
		if (!next) return [];
		out.push(next);
	}
	return out;
}

/**
 * A fresh page's first edit ran the preview's code for the first time, and compiling it
 * cost more than running it: Enter to the DOM took 3.5–16 ms (median 6, seed table), where
 * later edits take about 1.5. Rehearsing computes, and drops, the previews of a table-wide
 * and a one-row edit on the rows shown, so that code is compiled before anyone types: the
 * first edit then took 3.0–4.8 ms (median 3.7), for one task of 3–9 ms after the rows are
 * painted. Nothing is shown or kept; returns how many rows it computed.
 */
export function rehearse(from: PreviewSource): number {
	const first = from.table.indicators.find((ind) => isRealGrowth(ind));
	return (
		assumptionPreview(from, 'deflator', null).length +
		(first ? inputPreview(from, first.id, 'assumed', 0).length : 0)
	);
}

type Held = { seq: number; before: RowValues };

export class Previews {
	#seq = 0;
	#held = new Map<string, Held>();

	/** Records the rows about to replace what `current` gives for them; returns the edit's number. */
	show(rows: readonly RowValues[], current: (id: string) => RowValues | undefined): number {
		const seq = ++this.#seq;
		for (const row of rows) {
			const held = this.#held.get(row.id);
			if (held) held.seq = seq;
			else {
				const before = current(row.id);
				if (before) this.#held.set(row.id, { seq, before });
			}
		}
		return seq;
	}

	/** The rows to show now that edit `seq` is answered (`rows`), or refused (null). */
	answered(seq: number, rows: readonly RowValues[] | null): readonly RowValues[] {
		// the usual reply at 10,000 rows: a table-wide edit, too wide to preview
		if (this.#held.size === 0) return rows ?? [];
		const out: RowValues[] = [];
		const answered = new Set<string>();
		for (const row of rows ?? []) {
			answered.add(row.id);
			const held = this.#held.get(row.id);
			if (held && held.seq > seq) held.before = row;
			else out.push(row);
		}
		for (const [id, held] of this.#held) {
			if (held.seq > seq) continue;
			this.#held.delete(id);
			if (!answered.has(id)) out.push(held.before);
		}
		return out;
	}

	/** All rows were replaced (a table or scenario opened): nothing is held any more. */
	clear(): void {
		this.#held.clear();
	}
}
