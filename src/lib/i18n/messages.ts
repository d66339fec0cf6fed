/**
 * Every string the UI shows, in Chinese and English. Components never hold
 * literal UI text; they look it up here, so both languages stay complete (the
 * type makes a missing key a compile error).
 */
import type { ColumnKey, YearKey } from '../model/columns';
import type { Status } from '../model/status';
import type { DecodeFailure } from '../share/codec';
import { MAX_SCENARIO_FILE_MB } from '../persist/import';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

type Columns = Record<Exclude<ColumnKey, YearKey>, string>;

type Messages = {
	appName: string;
	/** The page for an address that is no page of the app. */
	notFound: { title: string; body: (path: string) => string; home: string };
	language: string;
	languageName: string;
	loading: string;
	/** Shown while the engine builds the workbook and the grid holds the printed figures. */
	computing: string;
	/** The same, while the grid holds the values computed on the last visit. */
	computingSaved: string;
	/** The same, while the grid holds the published plan's values shipped with the data set. */
	computingPublished: string;
	loadFailed: string;
	source: string;
	/** "line 776" / "第 776 行"; a range when two lines differ. */
	lineRef: (from: number, to?: number) => string;
	indicator: string;
	unit: string;
	attribute: string;
	expected: string;
	binding: string;
	columns: Columns;
	columnHints: Columns;
	yearHint: string;
	cumulativeLatest: string;
	cumulativeAssumed: string;
	status: Record<Status, string>;
	qualitativeCell: string;
	formulaBar: string;
	noCell: string;
	rawText: string;
	editedByYou: string;
	publishedDefault: string;
	references: string;
	undefinedValue: string;
	noValueForYear: string;
	notes: string;
	help: string;
	notANumber: (text: string) => string;
	pointsInPercent: (text: string) => string;
	wholeYear: (text: string) => string;
	/** A paste that covers no input cell. */
	pasteNoInput: string;
	/** A copy that waited for values out of view, and could not reach the clipboard after. */
	copyLater: string;
	/** Printed under the grid when rows printed before the engine's newest values reached them. */
	printStale: string;
	rejected: (reason: string) => string;
	summary: (good: number, total: number) => string;
	years: (b: number, t: number) => string;
	pp: string;
	perYear: string;
	total: string;
	baseHeader: (year: number) => string;
	targetHeader: (year: number) => string;
	projectedHeader: (year: number) => string;
	errors: Record<string, string>;
	pickTable: string;
	assumptions: string;
	deflator: string;
	deflatorHint: string;
	impliedDeflator: (value: string) => string;
	aboutTolerance: string;
	toleranceHint: string;
	restoreDefault: string;
	alsoStated: string;
	figureLabel: (year: number, kind: 'target' | 'actual') => string;
	areaSummary: (good: number, total: number) => string;
	dataWarnings: string;
	unknownTable: (id: string) => string;
	share: {
		open: string;
		title: (name: string) => string;
		cannotRevoke: string;
		size: (n: number) => string;
		long: string;
		tooLong: string;
		copy: string;
		copied: string;
		copyFailed: string;
		download: string;
		close: string;
		banner: (name: string) => string;
		saveCopy: string;
		leave: string;
		badLink: (reason: string) => string;
		/** Why a link could not be opened, in words. */
		why: Record<DecodeFailure | 'otherTable', string>;
	};
	updateReady: string;
	reloadNow: string;
	offlineReady: string;
	priceBasis: Record<'current' | 'constant' | 'comparable', string>;
	levelsAt: (basis: string) => string;
	growthAt: (basis: string) => string;
	population: Record<'registered' | 'resident', string>;
	valuesAreRates: string;
	sc: {
		label: string;
		baseline: string;
		newScenario: string;
		copyOf: (name: string) => string;
		create: string;
		duplicate: string;
		rename: string;
		renamePrompt: string;
		remove: string;
		compare: string;
		undo: string;
		redo: string;
		exportAll: string;
		saved: string;
		savedInTab: string;
		saving: string;
		failed: string;
		full: string;
		conflict: string;
		reloadTheirs: string;
		keepMine: string;
		created: (name: string) => string;
		deleted: (name: string) => string;
		restore: string;
		dismiss: string;
		updatedElsewhere: (name: string) => string;
		deletedElsewhere: (name: string) => string;
		memoryOnly: string;
		persisted: string;
		notPersisted: string;
		orphans: (n: number) => string;
		/** Edits the engine refused when the scenario was built (a value out of range, a bad formula). */
		refused: (n: number) => string;
		importFile: string;
		imported: (added: number, skipped: number) => string;
		importFailed: (why: 'notJson' | 'notAScenarioFile' | 'storage' | 'tooLarge') => string;
		/** Entries of a share link that could not be read. */
		linkSkipped: (n: number) => string;
		problems: (n: number) => string;
		/** Edits a page left unsaved, stored again at this start. */
		recovered: (names: string[], copies: number) => string;
		edits: (n: number) => string;
		baselineHint: string;
		note: string;
		notePlaceholder: string;
		compareWith: string;
		compareTitle: (a: string, b: string) => string;
		noDifferences: string;
		inputsDiffer: string;
		resultsDiffer: string;
		close: string;
		delta: string;
	};
};

const en: Messages = {
	appName: 'Plan Indicator Notebook',
	notFound: {
		title: 'No such page',
		body: (path) => `“${path}” is not a page of the notebook.`,
		home: 'Open the notebook'
	},
	language: 'Language',
	languageName: 'English',
	loading: 'Loading the plan table…',
	computing: 'Computing… the figures shown are as printed',
	computingSaved: 'Computing… the figures shown are from your last visit',
	computingPublished: 'Computing… the figures shown are the published plan’s, computed in advance',
	loadFailed: 'The plan table could not be loaded.',
	source: 'Source',
	lineRef: (a, b) => (b === undefined || b === a ? `line ${a}` : `lines ${a}–${b}`),
	indicator: 'Indicator',
	unit: 'Unit',
	attribute: 'Type',
	expected: 'Expected',
	binding: 'Binding',
	columns: {
		base: '',
		target: '',
		stated: 'Stated growth',
		printedAchieved: 'Achieved (as printed)',
		latestYear: 'Latest year',
		latestValue: 'Latest value',
		assumed: 'Assumed growth a year',
		targetLevel: 'Target level',
		projected: 'Projected',
		gap: 'Gap to target',
		required: 'Growth required a year',
		achieved: 'Growth so far a year',
		progress: 'Progress',
		timeProgress: 'Time elapsed',
		status: 'Status'
	},
	columnHints: {
		base: 'Base-year value printed in the plan (editable)',
		target: 'Target printed in the plan (editable)',
		stated: 'Annual or cumulative growth printed in the plan (editable)',
		printedAchieved: 'Achieved growth as the table itself prints it',
		latestYear: 'Year of the latest actual (defaults to the base year)',
		latestValue: 'Latest actual value (defaults to the base-year value)',
		assumed: 'Growth assumed from the latest year on (defaults to the stated growth)',
		targetLevel: 'Target level: as printed, or implied by the stated growth',
		projected: 'Value reached in the target year at the assumed growth',
		gap: 'Target minus projection; positive means short of target',
		required: 'Yearly growth needed from the latest year to reach the target',
		achieved: 'Yearly growth from the base year to the latest year',
		progress: 'Share of the planned change achieved so far',
		timeProgress: 'Share of the plan period elapsed',
		status: 'Progress compared with elapsed time'
	},
	yearHint: 'Value printed in the plan for this year',
	cumulativeLatest: 'Total since the base year',
	cumulativeAssumed: 'Assumed growth of the annual flow',
	status: {
		achieved: 'Achieved',
		onTrack: 'On track',
		behind: 'Behind',
		movingAway: 'Moving away',
		qualitative: 'Qualitative',
		noData: 'No data'
	},
	qualitativeCell: 'Qualitative target',
	formulaBar: 'Formula bar',
	noCell: 'Select a cell to see its formula or source.',
	rawText: 'As printed',
	editedByYou: 'edited',
	publishedDefault: 'published default',
	references: 'Where',
	undefinedValue: 'Not defined here (for example no years elapsed yet, or no change planned).',
	noValueForYear:
		'The table prints no value for this latest year: type the latest actual here, or set the year back.',
	notes: 'Notes',
	help: 'Arrows move · Enter or F2 edits · type to replace · Esc cancels · Delete restores the published value',
	notANumber: (text) =>
		`“${text}” is not a number. Type a number such as 6.5 or 6.5%, or a formula starting with =.`,
	pointsInPercent: (text) =>
		`“${text}” is in percentage points; this cell takes a rate in %, such as 6.5%.`,
	wholeYear: (text) => `“${text}” is not a year: type a whole year, such as 2023.`,
	pasteNoInput: 'Nothing pasted: these cells are computed. Paste into the blue input cells.',
	copyLater: 'Not copied: some of these values were still being computed. Copy again.',
	printStale:
		'Values in grey were still being computed when this page was printed. Print again to have them all.',
	rejected: (reason) => `Not applied: ${reason}`,
	summary: (good, total) => `${good} of ${total} numeric indicators achieved or on track`,
	years: (b, t) => `${b}–${t}`,
	pp: 'pp',
	perYear: '/yr',
	total: 'total',
	baseHeader: (y) => `${y} base`,
	targetHeader: (y) => `${y} target`,
	projectedHeader: (y) => `Projected ${y}`,
	errors: {
		invalidFormula: 'the formula cannot be read',
		forbiddenFunction: 'the formula uses a function the notebook does not allow',
		formulaError: 'the formula gives an error',
		outOfRange: 'the value is out of range',
		qualitative: 'this indicator has no number to edit',
		notAnInput: 'this cell is computed, not an input',
		unknownIndicator: 'no such indicator',
		readOnly: 'this is a shared scenario: save it as your copy to change it',
		superseded: 'another table or scenario was opened before the edit reached the engine',
		engineError: 'the engine stopped'
	},
	pickTable: 'Plan table',
	assumptions: 'Assumptions',
	deflator: 'GDP deflator a year',
	deflatorHint:
		'Price growth that turns real (constant-price) growth into nominal levels for rows whose growth target is real',
	impliedDeflator: (v) => `the plan implies ${v}`,
	aboutTolerance: 'Tolerance for “about” (左右)',
	toleranceHint: 'How far from a 左右 target still counts as meeting it, relative to the target',
	restoreDefault: 'empty restores the default',
	alsoStated: 'Also stated',
	figureLabel: (year, kind) => `${year} ${kind === 'target' ? 'target' : 'actual'}`,
	areaSummary: (good, total) => `${good}/${total} achieved or on track`,
	dataWarnings: 'Some supporting data could not be loaded:',
	unknownTable: (id) => `There is no table “${id}” in the data set. Pick one from the list.`,
	share: {
		open: 'Share link',
		title: (n) => `Share “${n}”`,
		cannotRevoke:
			'Anyone with the link sees these numbers and notes. The scenario travels inside the link (after #, never sent to a server), so a link cannot be revoked.',
		size: (n) => `${n.toLocaleString('en-US')} characters`,
		long: 'A long link: some chat and mail apps cut links this long.',
		tooLong: 'Too long for a reliable link: share the scenario as a file instead.',
		copy: 'Copy link',
		copied: 'Copied to the clipboard',
		copyFailed: 'Could not copy: select the link and copy it by hand.',
		download: 'Download as a file',
		close: 'Close',
		banner: (n) => `Shared scenario “${n}”, read-only. Nothing is stored until you save it.`,
		saveCopy: 'Save as my copy',
		leave: 'Back to my scenarios',
		badLink: (r) =>
			`This link could not be opened (${r}): it may be cut short or changed. The notebook opened normally.`,
		why: {
			notALink: 'it is not a scenario link',
			unknownVersion: 'it was made by a newer version of the notebook',
			notBase64: 'its data is damaged',
			notCompressed: 'its data is damaged',
			notJson: 'its data is damaged',
			tooLarge: 'its data is too large',
			notAScenario: 'it holds no scenario this notebook can read',
			otherTable: 'the table it refers to is not in this data set'
		}
	},
	updateReady: 'A new version of the notebook is ready. Your work is saved first.',
	reloadNow: 'Reload now',
	offlineReady: 'Ready to work offline.',
	priceBasis: {
		current: 'current prices',
		constant: 'constant prices',
		comparable: 'comparable prices'
	},
	levelsAt: (b) => `levels at ${b}`,
	growthAt: (b) => `growth at ${b}`,
	population: {
		registered: 'per registered population (户籍人口)',
		resident: 'per resident population (常住人口)'
	},
	valuesAreRates: 'the values are growth rates, not levels',
	sc: {
		label: 'Scenario',
		baseline: 'Plan as published',
		newScenario: 'Scenario',
		copyOf: (n) => `${n} (copy)`,
		create: 'New',
		duplicate: 'Duplicate',
		rename: 'Rename',
		renamePrompt: 'Scenario name',
		remove: 'Delete',
		compare: 'Compare',
		undo: 'Undo',
		redo: 'Redo',
		exportAll: 'Export all (JSON)',
		saved: 'Saved',
		savedInTab: 'Kept in this tab only',
		saving: 'Saving…',
		failed: 'Not saved: storage refused the write. Export to keep your work.',
		full: 'Not saved: browser storage is full. Export to keep your work.',
		conflict: 'This scenario was changed in another tab. Nothing was overwritten.',
		reloadTheirs: 'Load the other tab’s version',
		keepMine: 'Keep mine as a copy',
		created: (n) => `Started “${n}”: the published plan stays as it is.`,
		deleted: (n) => `Deleted “${n}”.`,
		restore: 'Undo delete',
		dismiss: 'Dismiss',
		updatedElsewhere: (n) => `“${n}” was updated in another tab; showing the latest.`,
		deletedElsewhere: (n) => `“${n}” was deleted in another tab.`,
		memoryOnly: 'Browser storage is unavailable: work is kept in this tab only. Export to keep it.',
		persisted: 'Storage: kept by the browser',
		notPersisted: 'Storage: the browser may clear it under pressure',
		orphans: (n) =>
			`${n} ${n === 1 ? 'edit refers' : 'edits refer'} to cells this table does not have; kept in the scenario, not applied.`,
		refused: (n) =>
			`${n} ${n === 1 ? 'edit holds a value' : 'edits hold values'} the notebook does not accept (a year out of range, a formula with an error); kept in the scenario, not applied.`,
		linkSkipped: (n) =>
			`${n} ${n === 1 ? 'entry' : 'entries'} in the link could not be read and ${n === 1 ? 'was' : 'were'} left out.`,
		importFile: 'Import…',
		imported: (added, skipped) =>
			`Imported ${added} ${added === 1 ? 'scenario' : 'scenarios'}` +
			(skipped
				? `; ${skipped} could not be read or ${skipped === 1 ? 'is' : 'are'} for a table not in this data set.`
				: '.'),
		importFailed: (why) =>
			why === 'storage'
				? 'The file was read, but the browser would not store its scenarios.'
				: why === 'tooLarge'
					? `This file is larger than ${MAX_SCENARIO_FILE_MB} MB, far larger than any scenario file: it was not read, and nothing was imported.`
					: 'This file is not a scenario file exported by the notebook.',
		recovered: (names, copies) =>
			`Edits left unsaved when the notebook last closed were saved now: ${names.map((n) => `“${n}”`).join(', ')}.` +
			(copies ? ' Where the scenario had changed since, they were saved as a copy.' : ''),
		problems: (n) =>
			`${n} stored ${n === 1 ? 'record' : 'records'} could not be read and ${n === 1 ? 'was' : 'were'} set aside (not deleted).`,
		edits: (n) => `${n} ${n === 1 ? 'change' : 'changes'}`,
		baselineHint: 'Editing the published plan starts a new scenario.',
		note: 'Note',
		notePlaceholder: 'Your note on this indicator (kept with the scenario)',
		compareWith: 'Compare with',
		compareTitle: (a, b) => `“${b}” compared with “${a}”`,
		noDifferences: 'The two scenarios give the same results.',
		inputsDiffer: 'Inputs that differ',
		resultsDiffer: 'Results that differ',
		close: 'Close',
		delta: 'Change'
	}
};

const zh: Messages = {
	appName: '规划指标笔记本',
	notFound: {
		title: '没有这个页面',
		body: (path) => `“${path}”不是笔记本的页面。`,
		home: '打开笔记本'
	},
	language: '语言',
	languageName: '中文',
	loading: '正在加载规划指标表…',
	computing: '正在计算……当前显示的是原表数字',
	computingSaved: '正在计算……当前显示的是上次访问时的结果',
	computingPublished: '正在计算……当前显示的是预先算好的规划原表结果',
	loadFailed: '无法加载规划指标表。',
	source: '来源',
	lineRef: (a, b) => (b === undefined || b === a ? `第 ${a} 行` : `第 ${a}–${b} 行`),
	indicator: '二级指标',
	unit: '单位',
	attribute: '属性',
	expected: '预期性',
	binding: '约束性',
	columns: {
		base: '',
		target: '',
		stated: '规划增长',
		printedAchieved: '实际增长（原表）',
		latestYear: '最新年份',
		latestValue: '最新值',
		assumed: '假设年均增长',
		targetLevel: '目标值',
		projected: '预测值',
		gap: '差距',
		required: '所需年均增长',
		achieved: '已实现年均增长',
		progress: '完成进度',
		timeProgress: '时间进度',
		status: '状态'
	},
	columnHints: {
		base: '规划表所列基期数值（可编辑）',
		target: '规划表所列目标（可编辑）',
		stated: '规划表所列年均或累计增长（可编辑）',
		printedAchieved: '原表所列实际完成的增长',
		latestYear: '最新实际值所属年份（默认为基期年）',
		latestValue: '最新实际值（默认为基期值）',
		assumed: '自最新年份起假设的年均增长（默认为规划增速）',
		targetLevel: '目标值：按表列数，或由规划增速推算',
		projected: '按假设增速推算的目标年数值',
		gap: '目标减预测值；正数表示未达目标',
		required: '自最新年份至目标年所需的年均增长',
		achieved: '自基期至最新年份的年均增长',
		progress: '已完成的规划变化比例',
		timeProgress: '规划期已过时间比例',
		status: '完成进度与时间进度对比'
	},
	yearHint: '规划表所列该年数值',
	cumulativeLatest: '基期以来累计',
	cumulativeAssumed: '假设年度流量增速',
	status: {
		achieved: '已完成',
		onTrack: '进度正常',
		behind: '滞后',
		movingAway: '反向变化',
		qualitative: '定性指标',
		noData: '无数据'
	},
	qualitativeCell: '定性目标',
	formulaBar: '公式栏',
	noCell: '选择单元格以查看公式或来源。',
	rawText: '原文',
	editedByYou: '已修改',
	publishedDefault: '规划默认值',
	references: '引用',
	undefinedValue: '此处无定义（例如尚无已过年份，或未规划变化）。',
	noValueForYear: '原表没有该年份的数值：请在此输入最新实际值，或改回年份。',
	notes: '说明',
	help: '方向键移动 · Enter 或 F2 编辑 · 直接输入即替换 · Esc 取消 · Delete 恢复规划值',
	notANumber: (text) => `“${text}”不是数字。请输入数字（如 6.5 或 6.5%），或以 = 开头的公式。`,
	pointsInPercent: (text) => `“${text}”是百分点；此单元格填写百分比增速，如 6.5%。`,
	wholeYear: (text) => `“${text}”不是年份：请输入整数年份，如 2023。`,
	pasteNoInput: '未粘贴：这些单元格为计算结果。请粘贴到蓝色的输入单元格。',
	copyLater: '未复制：部分数值仍在计算中，请再复制一次。',
	printStale: '灰色数值在打印时仍在计算中，请重新打印以获得全部最新数值。',
	rejected: (reason) => `未应用：${reason}`,
	summary: (good, total) => `${total} 项量化指标中 ${good} 项已完成或进度正常`,
	years: (b, t) => `${b}—${t}年`,
	pp: '百分点',
	perYear: '/年',
	total: '累计',
	baseHeader: (y) => `${y}年基期`,
	targetHeader: (y) => `${y}年目标`,
	projectedHeader: (y) => `${y}年预测`,
	errors: {
		invalidFormula: '公式无法解析',
		forbiddenFunction: '公式使用了笔记本不允许的函数',
		formulaError: '公式结果为错误值',
		outOfRange: '数值超出允许范围',
		qualitative: '该指标为定性指标，无数值可编辑',
		notAnInput: '该单元格为计算结果，不可直接输入',
		unknownIndicator: '找不到该指标',
		readOnly: '这是分享的情景：另存为副本后才能修改',
		superseded: '修改送达计算引擎之前已打开了其他规划表或情景',
		engineError: '计算引擎已停止'
	},
	pickTable: '规划表',
	assumptions: '假设',
	deflator: 'GDP 平减指数年均涨幅',
	deflatorHint: '对增长目标按不变价计、总量按现价计的指标，用于把实际增长换算为现价总量',
	impliedDeflator: (v) => `规划隐含 ${v}`,
	aboutTolerance: '“左右”容差',
	toleranceHint: '与“左右”目标相差多少（相对目标值）仍视为达标',
	restoreDefault: '清空即恢复默认值',
	alsoStated: '其他文件所列',
	figureLabel: (year, kind) => `${year}年${kind === 'target' ? '目标' : '实际'}`,
	areaSummary: (good, total) => `${good}/${total} 项已完成或进度正常`,
	dataWarnings: '部分辅助数据未能加载：',
	unknownTable: (id) => `数据集中没有“${id}”这张表，请从列表中选择。`,
	share: {
		open: '分享链接',
		title: (n) => `分享“${n}”`,
		cannotRevoke:
			'拿到链接的人都能看到这些数字和备注。情景保存在链接内（# 之后，不会发送到服务器），因此链接无法撤回。',
		size: (n) => `${n} 个字符`,
		long: '链接较长：部分聊天和邮件应用可能截断。',
		tooLong: '链接过长，无法可靠分享：请改用文件分享。',
		copy: '复制链接',
		copied: '已复制到剪贴板',
		copyFailed: '无法复制：请选中链接手动复制。',
		download: '下载为文件',
		close: '关闭',
		banner: (n) => `分享的情景“${n}”（只读）。保存前不会存储任何内容。`,
		saveCopy: '另存为我的副本',
		leave: '返回我的情景',
		badLink: (r) => `无法打开此链接（${r}）：链接可能被截断或改动。笔记本已正常打开。`,
		why: {
			notALink: '不是情景链接',
			unknownVersion: '由更新版本的笔记本生成',
			notBase64: '链接数据已损坏',
			notCompressed: '链接数据已损坏',
			notJson: '链接数据已损坏',
			tooLarge: '链接数据过大',
			notAScenario: '其中没有本笔记本能读取的情景',
			otherTable: '链接所指的表不在本数据集中'
		}
	},
	updateReady: '笔记本有新版本可用。重新加载前会先保存您的工作。',
	reloadNow: '立即重新加载',
	offlineReady: '已可离线使用。',
	priceBasis: { current: '现价', constant: '不变价', comparable: '可比价格' },
	levelsAt: (b) => `总量按${b}`,
	growthAt: (b) => `增速按${b}`,
	population: { registered: '按户籍人口计', resident: '按常住人口计' },
	valuesAreRates: '数值为增长率而非总量',
	sc: {
		label: '情景',
		baseline: '规划原表',
		newScenario: '情景',
		copyOf: (n) => `${n}（副本）`,
		create: '新建',
		duplicate: '复制',
		rename: '重命名',
		renamePrompt: '情景名称',
		remove: '删除',
		compare: '对比',
		undo: '撤销',
		redo: '重做',
		exportAll: '全部导出（JSON）',
		saved: '已保存',
		savedInTab: '仅保留在本标签页',
		saving: '正在保存…',
		failed: '未保存：浏览器存储拒绝写入。请导出以保留工作。',
		full: '未保存：浏览器存储已满。请导出以保留工作。',
		conflict: '该情景已在另一标签页中修改，未覆盖任何内容。',
		reloadTheirs: '载入另一标签页的版本',
		keepMine: '将我的版本另存为副本',
		created: (n) => `已新建“${n}”，规划原表保持不变。`,
		deleted: (n) => `已删除“${n}”。`,
		restore: '撤销删除',
		dismiss: '关闭',
		updatedElsewhere: (n) => `“${n}”已在另一标签页更新，现显示最新版本。`,
		deletedElsewhere: (n) => `“${n}”已在另一标签页删除。`,
		memoryOnly: '浏览器存储不可用：工作仅保留在本标签页中，请导出保存。',
		persisted: '存储：浏览器将持久保留',
		notPersisted: '存储：空间紧张时浏览器可能清除',
		orphans: (n) => `${n} 项修改指向本表没有的单元格；已保留在情景中，未应用。`,
		refused: (n) =>
			`${n} 项修改的数值不被接受（如年份超出范围、公式结果为错误值）；已保留在情景中，未应用。`,
		linkSkipped: (n) => `链接中有 ${n} 项内容无法读取，已略去。`,
		importFile: '导入…',
		imported: (added, skipped) =>
			`已导入 ${added} 个情景` +
			(skipped ? `；${skipped} 个无法读取或所属的表不在本数据集中。` : '。'),
		importFailed: (why) =>
			why === 'storage'
				? '文件已读取，但浏览器未能存储其中的情景。'
				: why === 'tooLarge'
					? `此文件超过 ${MAX_SCENARIO_FILE_MB} MB，远大于任何情景文件：未读取，未导入任何内容。`
					: '此文件不是笔记本导出的情景文件。',
		recovered: (names, copies) =>
			`上次关闭时未保存的修改现已保存：${names.map((n) => `“${n}”`).join('、')}。` +
			(copies ? '其间已被改动的情景，修改另存为副本。' : ''),
		problems: (n) => `${n} 条存储记录无法读取，已另行保存（未删除）。`,
		edits: (n) => `${n} 处修改`,
		baselineHint: '修改规划原表会新建一个情景。',
		note: '备注',
		notePlaceholder: '对该指标的备注（随情景保存）',
		compareWith: '对比对象',
		compareTitle: (a, b) => `“${b}”与“${a}”对比`,
		noDifferences: '两个情景的结果相同。',
		inputsDiffer: '不同的输入',
		resultsDiffer: '不同的结果',
		close: '关闭',
		delta: '变化'
	}
};

export const MESSAGES: Record<Lang, Messages> = { en, zh };
export type { Messages };
