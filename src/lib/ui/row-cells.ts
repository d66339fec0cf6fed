/**
 * The cells of a grid row after its header, built and patched directly rather than by
 * the template: a row is one action and one update, where a template cell with its own
 * block costs several reactive nodes each, which made a short table's first render the
 * longest task of its load. An update rewrites only the cells whose content changed, and
 * keeps each cell element, so focus and the roving `active` mark stay where they are.
 */
import type { ActionReturn } from 'svelte/action';
import type { CellView } from './grid-cells';
import './badge.css';

export type RowCellsParams = { cells: readonly CellView[]; r: number };

export function rowCellsOf(
	tr: HTMLTableRowElement,
	params: RowCellsParams
): ActionReturn<RowCellsParams> {
	let tds: HTMLTableCellElement[] = [];
	let shown: readonly CellView[] = [];
	let row = -1;

	function build(cells: readonly CellView[]) {
		for (const td of tds) td.remove();
		tds = cells.map((cell, i) => {
			const td = document.createElement('td');
			td.setAttribute('role', 'gridcell');
			td.dataset.key = cell.key;
			td.dataset.c = String(i + 1);
			td.tabIndex = -1;
			return td;
		});
		tr.append(...tds);
		shown = [];
		row = -1;
	}

	function render({ cells, r }: RowCellsParams) {
		if (cells.length !== tds.length || cells.some((c, i) => c.key !== tds[i]!.dataset.key))
			build(cells);
		cells.forEach((cell, i) => {
			const td = tds[i]!;
			const was = shown[i];
			if (r !== row) td.dataset.r = String(r);
			if (cell.cls !== was?.cls)
				td.className = td.classList.contains('active') ? `${cell.cls} active` : cell.cls;
			if (!was || cell.readonly !== was.readonly) {
				if (cell.readonly) td.setAttribute('aria-readonly', 'true');
				else td.removeAttribute('aria-readonly');
			}
			if (cell.text !== was?.text || cell.status !== was?.status) fill(td, cell);
		});
		shown = cells;
		row = r;
	}

	render(params);
	// no destroy: the cells leave with their row
	return { update: render };
}

function fill(td: HTMLTableCellElement, cell: CellView): void {
	if (!cell.status) {
		td.textContent = cell.text;
		return;
	}
	const badge = document.createElement('span');
	badge.className = `badge ${cell.status}`;
	const dot = document.createElement('span');
	dot.className = 'dot';
	dot.setAttribute('aria-hidden', 'true');
	badge.append(dot, cell.text);
	td.replaceChildren(badge);
}
