/**
 * Figures stated in the prose of plan documents (work reports, annual task
 * lists, mid-term evaluations): a quoted number with its year, whether it is a
 * target or an actual, and the table indicator it belongs to where one exists.
 */
import type { Comparator, Localized } from './table';

/** How the number reads: a level, a growth rate (fraction), a change in points, a count. */
export type ProseMeasure = 'level' | 'growth' | 'points' | 'share';

export type ProseFigure = {
	/** Stable id within its file, lower-kebab. */
	id: string;
	name: Localized;
	/** The shortest seed text that carries the number, as printed ("增长8%左右", "500亿元"). */
	raw: string;
	line: number;
	/** Parsed number; rates as fractions (0.08 for 8 %), levels in `unit`. */
	value: number | null;
	comparator?: Comparator;
	unit: string;
	measure: ProseMeasure;
	/** The year the figure is for. */
	year: number;
	kind: 'target' | 'actual';
	/** Link to a table indicator, where the figure belongs to one. */
	indicator?: { table: string; id: string };
	notes?: Localized[];
};

export type ProseSet = {
	type: 'proseFigures';
	schemaVersion: 1;
	id: string;
	title: Localized;
	source: { file: string };
	/** What the document is (a work report, an annual task list, an evaluation). */
	document: Localized;
	figures: ProseFigure[];
};
