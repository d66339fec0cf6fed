/**
 * A cumulative target's row shows its period totals in the plan's brackets (〔〕) and
 * its years' flows without them (format/cell.ts), in the grid, the formula bar and the
 * comparison alike, since all three write cells with `cellText`.
 */
import { describe, expect, it } from 'vitest';
import { createModel } from '../../src/lib/engine';
import { cellText } from '../../src/lib/format/cell';
import { MESSAGES } from '../../src/lib/i18n/messages';
import { loadTable } from './load-table';

describe('period totals of a cumulative target', () => {
	const table = loadTable('jindong-13th.json');
	const model = createModel(table);
	const text = (id: string, key: Parameters<typeof cellText>[1]) => {
		const ind = table.indicators.find((i) => i.id === id)!;
		return cellText(model.row(id).cells[key], key, { ind, t: MESSAGES.zh, locale: 'zh-CN' });
	};

	it('bracket the target, the total so far, the projection and the gap', () => {
		expect(text('fixed-asset-investment', 'target')).toBe('〔1,000〕');
		expect(text('fixed-asset-investment', 'targetLevel')).toBe('〔1,000〕');
		expect(text('fixed-asset-investment', 'latestValue')).toBe('〔0〕');
		expect(text('fixed-asset-investment', 'projected')).toMatch(/^〔1,0\d\d〕$/);
		expect(text('fixed-asset-investment', 'gap')).toMatch(/^〔−\d+(\.\d+)?〕$/);
	});

	it('leave a year’s flow and the rates a year as they are', () => {
		expect(text('fixed-asset-investment', 'base')).toBe('138.9');
		expect(text('fixed-asset-investment', 'y2019')).toBe('164.2');
		expect(text('fixed-asset-investment', 'required')).toMatch(/\/年$/);
	});

	it('leave every other kind of row as it was', () => {
		expect(text('gdp', 'target')).toBe('230');
		expect(text('gdp', 'projected')).not.toContain('〔');
	});
});
