import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/lib/i18n/messages';
import { columnsFor } from '../../src/lib/model/columns';
import type { RowValues } from '../../src/lib/model/row';
import { gridColumns } from '../../src/lib/state/grid-columns';
import { rowCells } from '../../src/lib/ui/grid-cells';
import { loadTable } from './load-table';

const table = loadTable('jindong-14th.json');
const columns = gridColumns(columnsFor(table), true);
const ind = (id: string) => table.indicators.find((i) => i.id === id)!;
const zh = { t: MESSAGES.zh, lang: 'zh' as const, locale: 'zh-CN' };
const en = { t: MESSAGES.en, lang: 'en' as const, locale: 'en-US' };

describe('the cells of a grid row', () => {
	it('follow the columns after the row header, one each, keyed by column', () => {
		const values: RowValues = { id: 'gdp', cells: {}, edited: {} };
		const cells = rowCells(ind('gdp'), values, columns, zh);
		expect(cells.map((c) => c.key)).toEqual(
			columns.slice(1).map((c) => (c.kind === 'model' ? c.def.key : c.kind))
		);
	});

	it('format values by column, mark edited inputs and leave only inputs editable', () => {
		const values: RowValues = {
			id: 'gdp',
			cells: { assumed: 0.06, projected: 1234.56, gap: -12.3, status: 'behind' },
			edited: { assumed: true }
		};
		const cells = new Map(rowCells(ind('gdp'), values, columns, en).map((c) => [c.key, c]));
		expect(cells.get('unit')?.text).toBe('亿元');
		expect(cells.get('attribute')?.text).toBe('Expected');
		expect(cells.get('assumed')).toMatchObject({
			text: '+6%',
			cls: 'input assumed edited',
			readonly: undefined
		});
		expect(cells.get('projected')).toMatchObject({ text: '1,234.6', readonly: true });
		expect(cells.get('gap')?.text).toBe('−12.3');
		expect(cells.get('status')).toMatchObject({
			status: 'behind',
			text: MESSAGES.en.status.behind
		});
	});

	it('show a qualitative target as printed, with a qualitative badge and nothing to edit', () => {
		const q = ind('energy-intensity-cut');
		const values: RowValues = { id: q.id, cells: {}, edited: {} };
		const cells = new Map(rowCells(q, values, columns, zh).map((c) => [c.key, c]));
		expect(cells.get('target')).toMatchObject({ text: '完成上级任务', readonly: true });
		expect(cells.get('status')?.status).toBe('qualitative');
		expect(rowCells(q, values, columns, en).find((c) => c.key === 'target')?.text).toBe(
			'Qualitative target'
		);
	});
});
