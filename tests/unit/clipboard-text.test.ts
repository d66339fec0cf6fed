/**
 * What Ctrl+C puts on the clipboard for a cell with a number (format/clipboard.ts):
 * text a spreadsheet reads as a number, equal to the number the grid shows.
 */
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { cellText } from '../../src/lib/format/cell';
import { clipboardText } from '../../src/lib/format/clipboard';
import { MESSAGES } from '../../src/lib/i18n/messages';
import type { ColumnKey } from '../../src/lib/model/columns';
import { planTables } from '../data-files';
import { loadTable } from './load-table';

/** A number as Excel and WPS read typed text: ASCII digits, '-', '.', and a '%' for a fraction. */
const SPREADSHEET_NUMBER = /^-?\d+(\.\d+)?(E-?\d+)?%?$/;

/** The first number in the grid's text, as written there ("−0.023", "+1.7 百分点", "≥45"). */
function shownNumber(text: string): string | null {
	const m = /[−+-]?[\d,]+(\.\d+)?%?/.exec(text);
	return m ? m[0].replace('−', '-').replace('+', '').replaceAll(',', '') : null;
}

describe('copied cells', () => {
	const table = loadTable('jindong-14th.json');
	const model = createModel(table);
	const ind = (id: string) => table.indicators.find((i) => i.id === id)!;

	it('copy a signed change, a percentage and percentage points as numbers', () => {
		model.set('gdp', 'assumed', 0.06);
		const gdp = model.row('gdp');
		const t = { ind: ind('gdp'), t: MESSAGES.zh, locale: 'zh-CN' };
		expect(cellText(gdp.cells.assumed, 'assumed', t)).toBe('+6%');
		expect(clipboardText(gdp.cells.assumed, 'assumed', ind('gdp'))).toBe('6%');
		expect(clipboardText(gdp.cells.projected, 'projected', ind('gdp'))).toBe('445');

		const productivity = model.row('labour-productivity');
		expect(cellText(productivity.cells.gap, 'gap', { ...t, ind: ind('labour-productivity') })).toBe(
			'+0.306'
		);
		model.set('labour-productivity', 'assumed', 0.2);
		const after = model.row('labour-productivity');
		const gapText = cellText(after.cells.gap, 'gap', { ...t, ind: ind('labour-productivity') });
		expect(gapText.startsWith('−')).toBe(true);
		expect(clipboardText(after.cells.gap, 'gap', ind('labour-productivity'))).toBe(
			gapText.replace('−', '-')
		);

		const urban = table.indicators.find((i) => i.kind === 'pp' && i.unit === '%')!;
		const row = model.row(urban.id);
		expect(cellText(row.cells.assumed, 'assumed', { ...t, ind: urban })).toMatch(/百分点$/);
		expect(clipboardText(row.cells.assumed, 'assumed', urban)).toMatch(/^\d+(\.\d+)?$/);
	});

	it('copy an error as its code, and leave text cells to what they show', () => {
		const gdp = ind('gdp');
		expect(clipboardText({ error: '#DIV/0!', message: '' }, 'required', gdp)).toBe('#DIV/0!');
		expect(clipboardText('behind', 'status', gdp)).toBeNull();
		expect(clipboardText(null, 'target', gdp)).toBeNull();
		expect(clipboardText(1234.56, 'projected', gdp)).toBe('1234.6');
		expect(clipboardText(-0.25, 'gap', gdp)).toBe('-0.25');
	});

	it('in every table, every number copies as a spreadsheet number equal to the one shown', () => {
		let checked = 0;
		for (const { table } of planTables()) {
			const m = createModel(table);
			try {
				for (const ind of table.indicators) {
					const row = m.row(ind.id);
					for (const [key, value] of Object.entries(row.cells)) {
						const column = key as ColumnKey;
						const copied = clipboardText(value, column, ind);
						if (copied === null || typeof value !== 'number') continue;
						expect(copied, `${table.id} ${ind.id} ${key}`).toMatch(SPREADSHEET_NUMBER);
						for (const [t, locale] of [
							[MESSAGES.zh, 'zh-CN'],
							[MESSAGES.en, 'en-US']
						] as const)
							expect(copied, `${table.id} ${ind.id} ${key} ${locale}`).toBe(
								shownNumber(cellText(value, column, { ind, t, locale }))
							);
						checked++;
					}
				}
			} finally {
				m.destroy();
			}
		}
		expect(checked).toBeGreaterThan(500);
	});
});
