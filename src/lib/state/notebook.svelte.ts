/**
 * The notebook's live state: the loaded table and an immutable snapshot of
 * every computed row that the view renders. Edits go to the engine as commands
 * (`setInput`, `setAssumption`); its reply carries only the rows that changed,
 * and only those get new snapshot objects, so Svelte updates exactly the cells
 * whose values moved.
 *
 * The engine runs in a worker (see engine-link.ts). While it builds, the grid
 * shows rows computed earlier (saved on the last visit, or shipped with the data
 * set for the published plan) or, for a large table with neither, the rows as
 * printed; the engine's rows replace them when the workbook is built.
 */
import type { Assumption, AssumptionKey, CellDescription, RowValues } from '../engine';
import type { Rejected, Reply, StaleRows } from '../engine/session';
import type { HostRequest } from '../worker/host';
import { publishedRows } from '../engine/published';
import { columnsFor, type ColumnDef, type ColumnKey, type InputKey } from '../model/columns';
import { parseEntry, type EntryStyle } from '../model/entry';
import { growthStyle, indexById } from '../model/indicator';
import {
	assumptionPreview,
	inputPreview,
	Previews,
	rehearse,
	type PreviewSource
} from './previews';
import type { Indicator, PlanTable } from '../model/table';
import type { Catalog } from '../model/catalog';
import type { Comparison } from '../model/comparison';
import type { ProseFigure, ProseSet } from '../model/prose';
import {
	entriesOf,
	isPublishedPlan,
	isShared,
	type InputEntry,
	type Scenario
} from '../model/scenario';
import { parseCatalog, parseHead, parsePlanTableInSlices, parseProseSet } from '../tables/load';
import type { AreaCounts } from '../model/head';
import type { RowState } from './row-state.svelte';
import { ShownRows } from './shown-rows.svelte';
import { nextTask, painted } from './tasks';
import { fnv1a, scenarioFingerprint } from '../model/fingerprint';
import { readSnapshot, snapshotKey } from '../persist/snapshots';
import { snapshotContent, type SnapshotContent, type SnapshotWant } from '../model/snapshot';
import { workerLink, type EngineLink } from './engine-link';

export type AssumptionView = Assumption;

export type EditFailure = { ok: false; reason: 'notANumber' | string; detail: string };
export type EditResult = { ok: true } | EditFailure;
export type ReadResult = { ok: true; value: InputEntry | null } | EditFailure;

/** An edit for a table or scenario that another replaced before the engine took it. */
const SUPERSEDED: EditFailure = {
	ok: false,
	reason: 'superseded',
	// the reason says it all, in the page's language
	detail: ''
};

/** A scenario entry the current table cannot take, with the reason. */
export type Orphan = Rejected;

/** A promise with its own settle(), and whether it has settled; `settled()` starts settled. */
function settled(already = true): { done: Promise<void>; settle: () => void; open: boolean } {
	let settle: () => void = () => {};
	const done = already ? Promise.resolve() : new Promise<void>((r) => (settle = r));
	const gate = {
		done,
		open: already,
		settle: () => {
			gate.open = true;
			settle();
		}
	};
	return gate;
}

/** From this many indicators, with no computed rows to show, the printed figures are painted while the engine builds. */
const PRINTED_FIRST_FROM = 200;

const headFile = (id: string) => `computed/${id}.head.json`;

/** A worker resolves relative addresses against its own script, so it is given absolute ones. */
const absolute = (url: string) => new globalThis.URL(url, location.href).href;

type LoadState =
	{ phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; problems: string[] };

export class Notebook {
	table = $state.raw<PlanTable | null>(null);
	columns = $state.raw<readonly ColumnDef[]>([]);
	assumptions = $state.raw<Assumption[]>([]);
	load = $state.raw<LoadState>({ phase: 'loading' });
	catalog = $state.raw<Catalog | null>(null);
	prose = $state.raw<ProseSet[]>([]);
	/** Problems with optional data (a prose file that did not load): shown, never fatal. */
	warnings = $state.raw<string[]>([]);
	/** True while the engine builds the table's workbook. */
	computing = $state(false);
	/** Edits sent to the engine and not answered yet (what shows of them is a preview). */
	pending = $state(0);
	/**
	 * Where the rows shown come from: the table as printed, rows saved on a
	 * last visit, the published plan's rows shipped with the data set, or the engine.
	 */
	shown = $state<'printed' | 'saved' | 'published' | 'computed'>('printed');
	#link: EngineLink | null = null;
	/** Bumped when a table or scenario is loaded: replies to requests sent before it are dropped. */
	#generation = 0;
	/** What each edited input holds as typed (a number or a formula), by `id key`. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read when an edit opens, never rendered
	#typed = new Map<string, InputEntry>();
	/** Of the open table's file as fetched: saved rows computed from another file are not shown. */
	#tableHash = '';
	/**
	 * Settles once the open table's workbook is built and its rows are shown. An edit
	 * typed before (on the head, the printed figures or saved rows) waits for it: it
	 * would reach an engine with no table, or have its answer painted over by the
	 * build's rows.
	 */
	#requested = settled();
	/** Whether the open table's workbook is built and its rows shown: an edit goes to the engine at once. */
	get built(): boolean {
		return this.#requested.open;
	}

	/** Settles when the build under way is shown, or another table opens in its place. */
	whenBuilt(): Promise<void> {
		return this.#requested.done;
	}

	/** Bumped when a table is opened: an edit still waiting for the last one's build is dropped. */
	#tableGeneration = 0;
	#dataUrl: (file: string) => string = (file) => file;
	#fetch: typeof fetch = (...args) => fetch(...args);
	#rowIndex: ReadonlyMap<string, number> = indexById([]);
	#previews = new Previews();
	#shown = new ShownRows(() => ({ table: this.table, index: this.#rowIndex }));
	/** The rows the grid shows, and the rows out of view whose values are stale (see row-view.ts). */
	#view = this.#shown.view;

	/** Every row's values as shown, in table order. */
	get rows(): RowValues[] {
		return this.#shown.rows;
	}

	/** The same rows, each in its own signal: what the grid renders. */
	get rowStates(): RowState[] {
		return this.#shown.states;
	}

	/**
	 * Status counts per area, kept up to date row by row: an edit adjusts the
	 * counts of the rows it changed and never re-scans the table.
	 */
	get counts(): AreaCounts {
		return this.#shown.counts;
	}

	/** Rows out of view whose values the engine has moved since they were shown (see row-view.ts). */
	get staleCount(): number {
		return this.#shown.staleCount;
	}
	/** A request for the stale rows in view is on its way; `#lookAgain`: the view moved meanwhile. */
	#looking = false;
	#lookAgain = false;

	/**
	 * Reads the data set's index and its prose figures. Never throws: a missing
	 * index fails the load with a message; a missing prose file is a warning.
	 */
	async init(options: {
		dataUrl: (file: string) => string;
		fetcher?: typeof fetch;
		/** The table the address names: its files start loading beside the index, not after it. */
		expect?: string | null;
		/**
		 * True when the scenario that will open on `expect` is the published plan: its head
		 * (model/head.ts) is then painted as soon as it is in, before the index.
		 */
		showHead?: boolean;
	}): Promise<boolean> {
		this.#dataUrl = options.dataUrl;
		if (options.fetcher) this.#fetch = options.fetcher;
		// The engine's worker starts now, so that its script (most of the app's code) loads and
		// compiles while the data set is on its way; but where a head paints first, only once its
		// frame is drawn. Compiling and running that script takes about 0.3 s of a core, and beside
		// the head's first frame, whose raster takes about 0.2 s more, it put the values on screen
		// about 0.1 s later on a two-core machine; starting it after that frame did not make the
		// build finish later.
		let engine: Promise<unknown> = Promise.resolve();
		if (options.expect) {
			const table = this.#prefetch(options.expect, options.showHead === true);
			if (options.showHead) {
				// an edit typed on the head, before `open` runs, waits for the build like any other
				this.#requested = settled(false);
				const shown = this.#showHead(options.expect);
				this.#head = { id: options.expect, shown };
				engine = shown.then(painted);
			}
			// Once the page has the table's file: the worker's request is then answered from the
			// HTTP cache (a revalidation at most), where two requests at once would both download it.
			const url = absolute(this.#dataUrl(`${options.expect}.json`));
			void Promise.all([table, engine]).then(
				() => void (this.#closed || this.#engine().call({ op: 'fetch', url })),
				() => undefined
			);
		}
		void engine.then(() => this.#closed || this.#engine());
		try {
			const parsed = parseCatalog(await this.#json('index.json'));
			if (!parsed.ok) {
				this.load = { phase: 'failed', problems: parsed.problems };
				return false;
			}
			this.catalog = parsed.value;
		} catch (e) {
			this.load = { phase: 'failed', problems: [e instanceof Error ? e.message : String(e)] };
			return false;
		}
		// prose figures are extras for the formula bar: they load beside the table, not before it
		void this.#loadProse(this.catalog.prose);
		return true;
	}

	async #loadProse(ids: string[]): Promise<void> {
		const sets = await Promise.all(
			ids.map(async (id) => {
				try {
					const parsed = parseProseSet(await this.#json(`${id}.json`));
					return parsed.ok ? parsed.value : `${id}: ${parsed.problems.join('; ')}`;
				} catch (e) {
					return `${id}: ${e instanceof Error ? e.message : String(e)}`;
				}
			})
		);
		this.prose = sets.filter((x): x is ProseSet => typeof x !== 'string');
		this.warnings = sets.filter((x): x is string => typeof x === 'string');
	}

	/** Responses already on their way, by file, each taken once. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- plumbing, never rendered
	#early = new Map<string, Promise<string>>();

	/**
	 * Starts the files of a table before the index says it exists: its head where it paints,
	 * the table, and the rows the data set ships for its published plan, so none of them waits
	 * for the index or for the page's own check. A file that fails is fetched again when used.
	 * Returns the table's text.
	 */
	#prefetch(id: string, head: boolean): Promise<string> {
		// the head first and ahead of the rest: it is what the first paint needs, and it is small
		const files: [string, RequestPriority][] = [
			...(head ? [[headFile(id), 'high'] as [string, RequestPriority]] : []),
			[`${id}.json`, 'auto'],
			[`computed/${id}.json`, 'low']
		];
		const texts = files.map(([file, priority]) => {
			const text = this.#text(file, priority);
			text.catch(() => this.#early.delete(file));
			this.#early.set(file, text);
			return text;
		});
		return texts.at(-2)!;
	}

	async #json(file: string): Promise<unknown> {
		return JSON.parse(await this.#text(file));
	}

	async #text(file: string, priority: RequestPriority = 'auto'): Promise<string> {
		const early = this.#early.get(file);
		if (early) {
			this.#early.delete(file);
			return early;
		}
		const url = this.#dataUrl(file);
		const res = await this.#fetch(url, { priority });
		if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
		return res.text();
	}

	/** Prose figures that belong to an indicator of the open table, oldest first. */
	figuresFor(id: string): { figure: ProseFigure; file: string }[] {
		const table = this.table?.id;
		return this.prose
			.flatMap((set) =>
				set.figures
					.filter((f) => f.indicator?.table === table && f.indicator?.id === id)
					.map((figure) => ({ figure, file: set.source.file }))
			)
			.sort((a, b) => a.figure.year - b.figure.year);
	}

	/** Shows a load failure (an unknown table in the address, say). */
	fail(problems: string[]): void {
		this.load = { phase: 'failed', problems };
	}

	/**
	 * Fetches a plan table by id, validates it and shows its areas and columns. Never
	 * throws. The workbook is built by `applyScenario`, which follows. False when it failed,
	 * or another `open` overtook it: nothing of it is to be built then.
	 *
	 * The head of the table the address named, when `init` was told to show it, stays
	 * on screen while the whole file is read and checked, until `applyScenario` has the
	 * whole table's rows.
	 */
	async open(tableId: string): Promise<boolean> {
		++this.#generation;
		const opening = ++this.#tableGeneration;
		this.#wanted = tableId;
		const early = this.#head;
		this.#head = null;
		// Edits typed from now on wait for this table's build; edits that waited for the last
		// table's go on, and find that table gone. Those typed on this table's head are this
		// table's: they keep waiting.
		if (early?.id !== tableId || this.#requested.open) {
			const waited = this.#requested;
			this.#requested = settled(false);
			waited.settle();
		}
		const text = this.#text(`${tableId}.json`);
		text.catch(() => undefined); // read below, after the head
		if (early?.id === tableId) await early.shown;
		if (opening !== this.#tableGeneration) return false;
		this.#headShown &&= this.table?.id === tableId;
		if (!this.#headShown) this.load = { phase: 'loading' };
		try {
			const raw = await text;
			if (opening !== this.#tableGeneration) return false;
			const hash = fnv1a(raw);
			// a head with every row of this very file is the table, checked already: keeping its
			// objects spares a second check and the grid a second render of the same rows
			const whole = this.#headShown && this.#headOfWhole === hash ? this.table : null;
			const parsed = whole
				? { ok: true as const, table: whole }
				: await parsePlanTableInSlices(JSON.parse(raw), nextTask);
			if (opening !== this.#tableGeneration) return false;
			if (!parsed.ok) {
				this.load = { phase: 'failed', problems: parsed.problems };
				this.#requested.settle();
				return false;
			}
			this.#tableHash = hash;
			this.#typed.clear();
			this.#opened = parsed.table;
			this.computing = true;
			if (this.#headShown) return true; // it stays until the whole table's rows are ready
			this.#publish();
			this.assumptions = [];
			// Nothing is painted yet: computed rows, when there are any, are known in a moment
			// (`applyScenario`), and painting the printed ones first would be wasted on them.
			this.#setRows([]);
			this.shown = 'printed';
			this.load = { phase: 'ready' };
			return true;
		} catch (e) {
			if (opening !== this.#tableGeneration) return false;
			this.load = { phase: 'failed', problems: [e instanceof Error ? e.message : String(e)] };
			this.#requested.settle();
			return false;
		}
	}

	/** The head `init` started to show, until `open` takes it. */
	#head: { id: string; shown: Promise<void> } | null = null;
	/** The table last asked for: a head of another one is not shown. */
	#wanted: string | null = null;

	/** The table opened and checked: what `table` shows, but for a head shown meanwhile. */
	#opened: PlanTable | null = null;
	#headShown = false;
	/** The hash of the table file the head shown was made from, when it holds every row. */
	#headOfWhole: string | null = null;

	/** Shows the opened table (in place of its head): its columns and rows are set next. */
	#publish(): void {
		const table = this.#opened;
		this.#headShown = false;
		if (!table || this.table === table) return;
		this.#rowIndex = indexById(table.indicators);
		this.table = table;
		this.columns = columnsFor(table);
	}

	/**
	 * Paints a table's head, if the file is good, and waits for the frame that shows it. A
	 * head is an extra: without it the whole table paints a moment later.
	 */
	async #showHead(id: string): Promise<void> {
		try {
			const text = await this.#text(headFile(id));
			// not once a table is on screen (the whole table, or another one opened meanwhile),
			// nor over a failed load
			const stale = () =>
				this.table !== null || (this.#wanted ?? id) !== id || this.load.phase === 'failed';
			if (stale()) return;
			const parsed = parseHead(JSON.parse(text), id);
			if (!parsed.ok) return;
			// the check and the first render are each a good part of a slow phone's 50 ms: a task
			// apiece keeps the page responsive between them
			await nextTask();
			if (stale()) return;
			const { head, content } = parsed.value;
			this.#rowIndex = indexById(head.table.indicators);
			this.table = head.table;
			this.columns = columnsFor(head.table, head.printedAchieved);
			this.#setRows(content.rows, head.counts);
			this.assumptions = content.assumptions ?? [];
			this.shown = 'published';
			this.computing = true;
			this.load = { phase: 'ready' };
			this.#headShown = true;
			const whole = head.indicators === head.table.indicators.length;
			this.#headOfWhole = whole ? head.snapshot.tableHash : null;
			// before the whole table is hashed (and parsed, when the head is a slice of it): in a
			// task of its own, after the frame that shows the head
			await painted();
		} catch {
			// no head to show: the whole table paints as it would have
		}
	}

	/** The engine's worker, started on first use. */
	#engine(): EngineLink {
		return (this.#link ??= workerLink());
	}

	/** Sends a request; the reply is null when a newer table or scenario has replaced the one it was for. */
	async #call(req: HostRequest): Promise<Reply | null> {
		const generation = this.#generation;
		const reply = await this.#engine().call(req);
		return generation === this.#generation ? reply : null;
	}

	indicator(id: string): Indicator | undefined {
		const i = this.#rowIndex.get(id);
		return i === undefined ? undefined : this.table?.indicators[i];
	}

	/** The entry style of an input cell: how typed text is read. */
	entryStyle(ind: Indicator, key: InputKey): EntryStyle {
		if (key === 'latestYear') return 'year';
		if (key === 'stated' || key === 'assumed') {
			const style = growthStyle(ind, key);
			return style === 'percent' ? 'percent' : style === 'points' ? 'points' : 'level';
		}
		return 'level';
	}

	/** Reads what a person typed into an input cell: a value to set, null to restore, or why not. */
	read(id: string, key: InputKey, text: string): ReadResult {
		const ind = this.indicator(id);
		if (!ind) return { ok: false, reason: 'unknownIndicator', detail: id };
		const entry = parseEntry({ text, style: this.entryStyle(ind, key) });
		if (entry.kind === 'invalid')
			return { ok: false, reason: entry.why ?? 'notANumber', detail: text };
		return {
			ok: true,
			value: entry.kind === 'reset' ? null : entry.kind === 'number' ? entry.value : entry.text
		};
	}

	/** Reads a typed assumption (a percentage); empty text restores the default. */
	readAssumption(text: string): { ok: true; value: number | null } | EditFailure {
		const entry = parseEntry({ text, style: 'percent' });
		if (entry.kind === 'invalid')
			return { ok: false, reason: entry.why ?? 'notANumber', detail: text };
		if (entry.kind === 'formula') return { ok: false, reason: 'notANumber', detail: text };
		return { ok: true, value: entry.kind === 'reset' ? null : entry.value };
	}

	/** The value an input holds as typed (number or formula), or null at its published default. */
	typed(id: string, key: InputKey): InputEntry | null {
		return this.#typed.get(`${id} ${key}`) ?? null;
	}

	/** Sets an input (null restores the published default). Nothing changes when it is rejected. */
	async setInput(id: string, key: InputKey, value: InputEntry | null): Promise<EditResult> {
		if (!this.table) return { ok: false, reason: 'unknownIndicator', detail: id };
		const from = this.#previewFrom();
		const seq = this.#show(from ? inputPreview(from, id, key, value) : []);
		const reply = await this.#answer({ op: 'set', id, input: key, value });
		// another table or scenario opened meanwhile: this edit was for the one before
		if (reply === 'superseded') return SUPERSEDED;
		if (!reply.ok) {
			this.#shown.refresh(this.#previews.answered(seq, null));
			return { ok: false, reason: reply.kind, detail: reply.detail ?? reply.message };
		}
		if (value === null) this.#typed.delete(`${id} ${key}`);
		else this.#typed.set(`${id} ${key}`, value);
		this.#fromEngine(this.#previews.answered(seq, reply.rows), reply);
		return { ok: true };
	}

	async setAssumption(key: AssumptionKey, value: number | null): Promise<EditResult> {
		if (!this.table) return { ok: false, reason: 'unknownIndicator', detail: key };
		const from = this.#previewFrom();
		const seq = this.#show(from ? assumptionPreview(from, key, value) : []);
		const reply = await this.#answer({ op: 'setAssumption', key, value });
		// another table or scenario opened meanwhile: this edit was for the one before
		if (reply === 'superseded') return SUPERSEDED;
		if (!reply.ok) {
			this.#shown.refresh(this.#previews.answered(seq, null));
			return { ok: false, reason: reply.kind, detail: reply.detail ?? reply.message };
		}
		this.#fromEngine(this.#previews.answered(seq, reply.rows), reply);
		if (reply.assumptions) this.assumptions = reply.assumptions;
		return { ok: true };
	}

	/**
	 * Sends an edit once the table's build has been shown, counted as pending until answered;
	 * 'superseded' when another table opened meanwhile, or the reply was for a table or
	 * scenario replaced since.
	 */
	async #answer(req: HostRequest): Promise<Reply | 'superseded'> {
		this.pending++;
		const table = this.#tableGeneration;
		try {
			await this.#requested.done;
			if (table !== this.#tableGeneration) return 'superseded';
			// the engine sends the rows in the view it has: the one on screen, told first
			const untold = this.#view.untold();
			if (untold) void this.#tell(untold.rows);
			return (await this.#call(req)) ?? 'superseded';
		} finally {
			this.pending--;
		}
	}

	/** Shows an edit's previewed rows in this very task; returns the edit's number. */
	#show(rows: RowValues[]): number {
		const seq = this.#previews.show(rows, (id) => this.rows[this.#rowIndex.get(id) ?? -1]);
		this.#shown.refresh(rows);
		return seq;
	}

	/**
	 * What the page may preview (see previews.ts): only once the engine's own rows are
	 * shown, and only while no input holds a formula, which could read the edited cell
	 * from another row.
	 */
	#previewFrom(): PreviewSource | null {
		if (this.computing || this.shown !== 'computed' || !this.table) return null;
		for (const v of this.#typed.values()) if (typeof v === 'string') return null;
		const view = this.#view;
		return {
			table: this.table,
			rows: this.rows,
			rowIndex: this.#rowIndex,
			assumptions: this.assumptions,
			fresh: (i) => !view.isStale(i),
			near: view.shown
		};
	}

	/**
	 * The rows the grid shows, by index in the table (null: every row). The engine sends an
	 * edit's rows in view only; rows that moved out of view are stale, and asked for here as
	 * they come into it.
	 */
	watch(rows: readonly number[] | null): void {
		if (this.#view.show(rows)) this.#look();
	}

	/**
	 * Brings the page's values of `rows` (null: all) up to date, for what reads rows out of
	 * view (a copied block, a print); null when they are current already.
	 */
	freshen(rows: readonly number[] | null): Promise<void> | null {
		const need = this.#view.staleAmong(rows);
		return need.length ? this.#tell(need) : null;
	}

	/** Asks the engine for the stale rows in view, one request at a time. */
	#look(): void {
		if (!this.built || this.computing) return;
		if (this.#looking) return void (this.#lookAgain = true);
		if (this.#view.staleAmong(this.#view.shown).length === 0) return;
		this.#looking = true;
		void this.#tell(this.#view.shown).finally(() => {
			this.#looking = false;
			if (this.#lookAgain) {
				this.#lookAgain = false;
				this.#look();
			}
		});
	}

	/** Tells the engine what the page shows; the stale rows among them come back and are shown. */
	async #tell(rows: readonly number[] | null): Promise<void> {
		this.#view.told(rows);
		const reply = await this.#call({ op: 'view', rows: rows && [...rows] });
		if (reply?.ok) this.#fromEngine(this.#previews.answered(0, reply.rows), reply);
	}

	/**
	 * Builds the workbook from the published table with a scenario's inputs and
	 * assumptions. Returns the entries that could not be applied (an indicator no
	 * longer in the table, a value the model rejects): they are reported, and
	 * they stay in the scenario.
	 */
	async applyScenario(s: Scenario): Promise<Orphan[]> {
		const table = this.#opened;
		if (!table) return [];
		const generation = ++this.#generation;
		this.computing = true;
		if (this.#requested.open) this.#requested = settled(false);
		const entries = entriesOf(s);
		const key = isShared(s.id) ? undefined : snapshotKey(table.id, s.id);
		const computed = this.#call({
			// the worker fetches the table itself rather than being sent a copy of it
			op: 'openUrl',
			url: absolute(this.#dataUrl(`${table.id}.json`)),
			inputs: entries,
			assumptions: { ...s.assumptions },
			snapshotKey: key
		});
		// While the engine builds: for the published plan, the rows the data set ships (no cache to
		// open); else, or when none are shipped, the rows this scenario computed to last time.
		// Either only if computed from this very table file.
		const want = {
			table: table.id,
			tableHash: this.#tableHash,
			scenarioHash: scenarioFingerprint(entries, s.assumptions),
			ids: table.indicators.map((i) => i.id)
		};
		const published = isPublishedPlan(s);
		const shipped = published ? await this.#shipped(table.id, want) : null;
		// what was fetched early has been used, or was for a scenario or table not shown
		this.#early.clear();
		const from = shipped ? 'published' : 'saved';
		const saved = shipped ?? (key ? await readSnapshot(key, want) : null);
		if (this.computing && generation === this.#generation) {
			if (saved) {
				this.#publish();
				this.#setRows(saved.rows);
				// saved before snapshots kept them: none, rather than another scenario's
				this.assumptions = saved.assumptions ?? [];
				this.shown = from;
			} else if (
				(this.rows.length === 0 || this.#headShown) &&
				table.indicators.length >= PRINTED_FIRST_FROM
			) {
				this.#publish();
				// A table the engine builds in well under a second is painted once, with computed
				// rows; a large one shows its printed figures first (its build takes seconds).
				this.#setRows(publishedRows(table));
				this.shown = 'printed';
			}
		}
		const reply = await computed;
		if (!reply) return []; // a newer table or scenario settles the gate
		// Edits typed meanwhile go to the engine once the build's rows are shown (this task):
		// their answers then paint over the build's, not the other way round.
		queueMicrotask(() => this.#requested.settle());
		if (!reply.ok) {
			this.load = { phase: 'failed', problems: [reply.message] };
			return [];
		}
		const rejected = reply.rejected ?? [];
		this.#typed.clear();
		for (const e of entries)
			if (!rejected.some((r) => r.indicator === e.indicator && r.input === e.input))
				this.#typed.set(`${e.indicator} ${e.input}`, e.value);
		this.#publish();
		// the same columns as a new array would have every row's cells built again
		if (reply.columns && JSON.stringify(reply.columns) !== JSON.stringify(this.columns))
			this.columns = reply.columns;
		this.#setRows(reply.rows);
		if (reply.assumptions) this.assumptions = reply.assumptions;
		this.computing = false;
		this.shown = 'computed';
		this.#rehearse();
		return rejected;
	}

	/** Once the engine's rows are painted, compiles an edit's code (see rehearse in previews.ts). */
	#rehearse(): void {
		if (typeof requestAnimationFrame !== 'function') return; // no page (unit tests)
		void painted().then(() => {
			const from = this.#previewFrom();
			const ind = from?.table.indicators[0];
			if (!from || !ind) return;
			rehearse(from);
			this.read(ind.id, 'assumed', '1');
		});
	}

	/** A cell's formula and what it refers to, from the engine (null before it is ready). */
	async describe(id: string, column: ColumnKey): Promise<CellDescription | null> {
		const reply = await this.#call({ op: 'describe', id, column });
		return reply?.ok ? (reply.description ?? null) : null;
	}

	/** The published plan's rows as the data set ships them, or null (none shipped, or stale). */
	async #shipped(id: string, want: SnapshotWant): Promise<SnapshotContent | null> {
		try {
			return snapshotContent(JSON.parse(await this.#text(`computed/${id}.json`)), want);
		} catch {
			return null;
		}
	}

	/** Two scenarios of the open table compared (null when the table has changed meanwhile). */
	async compare(a: Scenario, b: Scenario): Promise<Comparison | null> {
		const reply = await this.#call({
			op: 'compare',
			a: $state.snapshot(a) as Scenario,
			b: $state.snapshot(b) as Scenario
		});
		return reply?.ok ? (reply.comparison ?? null) : null;
	}

	destroy(): void {
		this.#closed = true;
		this.#link?.close();
		this.#link = null;
	}
	/** Set by `destroy`: a worker start still waiting for the head's frame is dropped. */
	#closed = false;

	/** Shows what an engine's reply brings: `changed` to show, and the rows it sent or named stale. */
	#fromEngine(changed: readonly RowValues[], reply: { rows: RowValues[]; stale?: StaleRows }) {
		this.#shown.refresh(changed, reply);
		// rows named stale may be in view by now (a scroll while the engine worked)
		if (reply.stale) this.#look();
	}

	/** All rows anew (a table opened, a scenario applied): nothing previewed is held any more. */
	#setRows(rows: RowValues[], counts?: AreaCounts): void {
		this.#previews.clear();
		this.#shown.set(rows, counts);
	}
}
