/**
 * Scenarios of the open table: which one is current, its edits, undo/redo,
 * autosave and what other tabs do. Every change is applied to the model at
 * once (same frame) and saved within a second; saves state the revision they
 * build on, so two tabs never silently overwrite each other.
 *
 * The published plan ("baseline") is never edited: the first edit made on it
 * starts a new scenario holding that edit.
 */
import type { InputKey } from '../model/columns';
import {
	applyChange,
	baselineOf,
	BASELINE_ID,
	isBaseline,
	isShared,
	SHARED_ID,
	uniqueName,
	type AssumptionName,
	type Change,
	type Scenario
} from '../model/scenario';
import { exportScenarios } from '../persist/export';
import { readScenarioFile } from '../persist/import';
import { openStorage, requestPersistence, type StorageKind } from '../persist/open';
import type { Problem, ScenarioRepository } from '../persist/repository';
import {
	contentOf,
	dropUnsaved,
	stashUnsaved,
	takeUnsaved,
	UNCLAIMED,
	type Unsaved
} from '../persist/unsaved';
import { Books } from './books';
import type { SharedScenario } from '../share/codec';
import type { EditResult, Notebook, Orphan } from './notebook.svelte';
import { TabSync, type SyncMessage } from './tab-sync';

export type SaveState =
	| { state: 'idle' }
	| { state: 'saving' }
	| { state: 'saved'; at: number }
	| { state: 'failed'; reason: 'full' | 'failed'; detail: string }
	| { state: 'conflict' };

export type Notice =
	| { kind: 'created'; name: string }
	| { kind: 'deleted'; scenario: Scenario }
	| { kind: 'updatedElsewhere'; name: string }
	| { kind: 'deletedElsewhere'; name: string };

export type StorageInfo = {
	kind: StorageKind | 'opening';
	reason?: string;
	persisted: boolean | null;
};

/** Labels the state layer needs to name new scenarios, in the UI language. */
export type Naming = { newScenario: string; copyOf: (name: string) => string };

export type ImportResult =
	| { ok: true; added: number; skipped: number }
	| { ok: false; reason: 'notJson' | 'notAScenarioFile' }
	| { ok: false; reason: 'storage'; detail: string };

const SAVE_DELAY_MS = 300;
const READ_ONLY: EditResult = { ok: false, reason: 'readOnly', detail: '' };
/** An edit typed on a scenario that another replaced while it waited for an earlier edit. */
const SWITCHED: EditResult = {
	ok: false,
	reason: 'superseded',
	// the reason says it all, in the page's language
	detail: ''
};
const LAST_KEY = (tableId: string) => `pin.scenario.${tableId}`;

function newId(): string {
	return typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export class Scenarios {
	/** Every stored scenario, all tables. */
	all = $state.raw<Scenario[]>([]);
	current = $state.raw<Scenario>(baselineOf(''));
	save = $state.raw<SaveState>({ state: 'idle' });
	storage = $state.raw<StorageInfo>({ kind: 'opening', persisted: null });
	problems = $state.raw<Problem[]>([]);
	/** Scenarios whose unsaved edits this start stored again, each as itself or as a copy. */
	recovered = $state.raw<{ name: string; copy: boolean }[]>([]);
	orphans = $state.raw<Orphan[]>([]);
	notice = $state.raw<Notice | null>(null);
	canUndo = $state(false);
	canRedo = $state(false);

	#notebook: Notebook;
	#naming: () => Naming;
	#repo: ScenarioRepository | null = null;
	#books = new Books();
	#dirty = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#saving: Promise<void> | null = null;
	/** The scenario as the save on its way writes it. */
	#landing: Scenario | null = null;
	#sync: TabSync | null = null;
	/** This page, in what it keeps of unsaved edits (persist/unsaved.ts). */
	readonly #page = newId();

	constructor(notebook: Notebook, naming: () => Naming) {
		this.#notebook = notebook;
		this.#naming = naming;
	}

	/** Opens storage and reads every scenario. Never throws. */
	async init(): Promise<void> {
		const opened = await openStorage();
		this.#repo = opened.repo;
		const loaded = await opened.repo.loadAll();
		this.all = loaded.scenarios;
		for (const s of loaded.scenarios) this.#books.setRevision(s.id, s.revision);
		this.problems = loaded.problems;
		this.storage = { kind: opened.kind, reason: opened.reason, persisted: null };
		for (const unsaved of takeUnsaved()) await this.#recover(unsaved);
		// another tab's news takes its turn with this tab's edits: it may replace the scenario they edit
		this.#sync = new TabSync((m) => void this.#inTurn(() => this.#onMessage(m)));
		// Not awaited: a browser may hold the answer while it asks the user, and the table's
		// first paint and its build wait for this method.
		if (opened.kind === 'indexeddb')
			void requestPersistence().then((persisted) => {
				this.storage = { ...this.storage, persisted };
			});
	}

	/**
	 * Puts back a scenario the last page left with edits unsaved (persist/unsaved.ts): over
	 * its stored record when no save came after those edits were made, else as a copy, so
	 * that neither what was stored nor what was typed is lost.
	 */
	async #recover({ scenario, base, landing }: Unsaved): Promise<void> {
		const repo = this.#repo;
		if (!repo) return;
		const stored = this.all.find((s) => s.id === scenario.id);
		// the save got through after all
		if (stored && contentOf(stored) === contentOf(scenario)) return;
		// over its stored record when no save came after those edits; a scenario never saved (its
		// first edits lost with the page) comes back as itself, unless its id is a record this
		// version cannot read
		const over = stored
			? stored.revision === base ||
				(stored.revision === base + 1 && landing !== undefined && contentOf(stored) === landing)
			: base === 0 && !this.#taken(scenario.id);
		const keep = over ? scenario : this.#copy(scenario, this.#naming().copyOf(scenario.name));
		const result = await repo.save(keep, over ? (stored?.revision ?? 0) : 0);
		if (!result.ok) {
			// kept for the start after this one, as no page's: no save of this page has stored it
			stashUnsaved(scenario, base, UNCLAIMED, landing);
			return;
		}
		const saved = { ...keep, revision: result.revision };
		this.recovered = [...this.recovered, { name: saved.name, copy: !over }];
		this.#books.setRevision(saved.id, result.revision);
		this.all =
			stored && over ? this.all.map((x) => (x.id === saved.id ? saved : x)) : [...this.all, saved];
	}

	/** Keeps the open scenario's unsaved edits where a page being unloaded can still write. */
	stashUnsaved(): void {
		const s = this.current;
		// a save on its way counts: the page may go before its write does
		if ((!this.#dirty && !this.#saving) || isBaseline(s.id) || isShared(s.id)) return;
		// a save on its way may or may not land: what it writes is kept too, to tell it at the
		// next start from another tab's save of the same revision
		const landing = this.#landing ? contentOf(this.#landing) : undefined;
		stashUnsaved(s, this.#books.revision(s.id), this.#page, landing);
	}

	/** Whether a new record must not take `id`: a reserved one, or a record this version cannot read. */
	#taken(id: string): boolean {
		return id === BASELINE_ID || id === SHARED_ID || this.problems.some((p) => p.key === id);
	}

	forTable(tableId: string): Scenario[] {
		return this.all.filter((s) => s.tableId === tableId);
	}

	/**
	 * Whether opening a table with no scenario named surely shows its published plan,
	 * known before storage opens: when the scenario last used there is the baseline (or
	 * none), which never holds an edit (editing it makes a new scenario).
	 */
	opensPublished(tableId: string): boolean {
		const last = remembered(tableId);
		return last === null || isBaseline(last);
	}

	/** Makes a scenario current (null: the last one used on this table, else the baseline). */
	select(tableId: string, id: string | null): Promise<void> {
		return this.#inTurn(() => this.#select(tableId, id));
	}

	async #select(tableId: string, id: string | null): Promise<void> {
		this.#staleNotice();
		await this.flush();
		const wanted = id ?? remembered(tableId);
		const found = this.all.find((s) => s.id === wanted && s.tableId === tableId);
		this.current = found ?? baselineOf(tableId);
		remember(tableId, this.current.id);
		this.orphans = await this.#notebook.applyScenario(this.current);
		this.#refreshHistory();
	}

	/** Shows a scenario from a link, read-only, on its table (already open in the notebook). */
	openShared(shared: SharedScenario): Promise<void> {
		return this.#inTurn(() => this.#openShared(shared));
	}

	async #openShared(shared: SharedScenario): Promise<void> {
		await this.flush();
		const now = Date.now();
		this.current = {
			id: SHARED_ID,
			tableId: shared.table,
			name: shared.name,
			inputs: shared.inputs,
			assumptions: shared.assumptions,
			notes: shared.notes,
			createdAt: now,
			updatedAt: now,
			revision: 0
		};
		this.orphans = await this.#notebook.applyScenario(this.current);
		this.#refreshHistory();
	}

	/** Keeps the shared scenario as the user's own, under a name no local scenario has. */
	saveSharedCopy(): Promise<void> {
		return this.#inTurn(async () => {
			const s = this.current;
			if (!isShared(s.id)) return;
			await this.#adopt(this.#copy(s, s.name));
		});
	}

	/** Applies typed text to an input; returns the failure to show, or null. */
	async editInput(id: string, key: InputKey, text: string): Promise<EditResult> {
		if (isShared(this.current.id)) return READ_ONLY;
		const read = this.#notebook.read(id, key, text);
		if (!read.ok) return read;
		return this.#editTurn(async () => {
			const before = this.current.inputs[id]?.[key] ?? null;
			if (read.value === before) return { ok: true };
			const result = await this.#notebook.setInput(id, key, read.value);
			if (result.ok)
				this.#record({ kind: 'input', indicator: id, input: key, before, after: read.value });
			return result;
		});
	}

	async setAssumption(name: AssumptionName, text: string): Promise<EditResult> {
		if (isShared(this.current.id)) return READ_ONLY;
		const read = this.#notebook.readAssumption(text);
		if (!read.ok) return read;
		return this.#editTurn(async () => {
			const before = this.current.assumptions[name] ?? null;
			if (read.value === before) return { ok: true };
			const result = await this.#notebook.setAssumption(name, read.value);
			if (result.ok) this.#record({ kind: 'assumption', name, before, after: read.value });
			return result;
		});
	}

	/** The last operation queued: each runs once the one before has been answered. */
	#turns: Promise<unknown> = Promise.resolve();

	/**
	 * An edit, undo or redo, in its turn, on the scenario current when it was asked for.
	 * One asked for while the open table builds (typed on its head, say) waits for the
	 * build before it queues: the build is the turn of the scenario being opened, so
	 * queuing first would wait for itself. It is dropped when another table opened, or
	 * another scenario, by the time its turn comes.
	 */
	async #editTurn(op: () => Promise<EditResult>): Promise<EditResult> {
		const scenario = this.current.id;
		if (!this.#notebook.built) await this.#notebook.whenBuilt();
		return this.#inTurn(async () => {
			if (this.current.id !== scenario || !this.#notebook.built) return SWITCHED;
			return op();
		});
	}

	/**
	 * An edit shows its previewed values before the engine accepts it, and only then
	 * enters the history. So edits, undos and redos take turns: each would otherwise read
	 * a `before`, or undo a step, that the history does not have yet. Opening, creating,
	 * duplicating, deleting and restoring a scenario take turns with them: a delete clicked
	 * while the duplicate before it was still being saved removed the record before that
	 * save wrote it back. A turn starts in a microtask, within the key's own task: with
	 * nothing queued the edit is still previewed before the next frame. A turn never waits
	 * for another turn (it calls the private `#select` and `#adopt`, not the queued ones).
	 */
	#inTurn<T>(op: () => Promise<T>): Promise<T> {
		const turn = this.#turns.then(op);
		this.#turns = turn.catch(() => undefined);
		return turn;
	}

	setNote(indicator: string, text: string): void {
		if (isShared(this.current.id)) return;
		const before = this.current.notes[indicator] ?? '';
		if (text === before) return;
		this.#record({ kind: 'note', indicator, before, after: text });
	}

	undo(): void {
		this.#step(true);
	}

	redo(): void {
		this.#step(false);
	}

	/** An undo (`reverse`) or a redo. */
	#step(reverse: boolean): void {
		void this.#editTurn(async () => {
			const h = this.#history();
			const step = reverse ? h.undo() : h.redo();
			if (!step) return { ok: true };
			for (const c of reverse ? [...step].reverse() : step) {
				const applied = this.#applyToModel(c, reverse);
				this.#commit(applyChange(this.current, c, reverse));
				await applied;
			}
			return { ok: true };
		});
	}

	/** A new empty scenario on the open table, made current. */
	create(name?: string): Promise<void> {
		return this.#inTurn(async () => {
			const tableId = this.current.tableId;
			const wanted = name?.trim() || this.#naming().newScenario;
			await this.#adopt(this.#fresh(tableId, uniqueName(wanted, this.#names(tableId))));
		});
	}

	duplicate(): Promise<void> {
		return this.#inTurn(async () => {
			const from = this.current;
			const base = isBaseline(from.id)
				? this.#naming().newScenario
				: this.#naming().copyOf(from.name);
			await this.#adopt(this.#copy(from, base));
		});
	}

	/** Renames the current scenario; returns false for an empty name, the baseline or a shared one. */
	rename(name: string): boolean {
		const clean = name.trim();
		if (!clean || isBaseline(this.current.id) || isShared(this.current.id)) return false;
		if (clean === this.current.name) return true;
		// "started 'Scenario'" would name it as it no longer is
		if (this.notice?.kind === 'created') this.notice = null;
		this.#commit({ ...this.current, name: uniqueName(clean, this.#names(this.current.tableId)) });
		return true;
	}

	/** Deletes the current scenario; `restoreDeleted()` brings it back. */
	remove(): Promise<void> {
		return this.#inTurn(async () => {
			if (isBaseline(this.current.id) || isShared(this.current.id)) return;
			// A save still on its way would write the record back after it is removed. What is
			// not saved yet is not saved now: it stays in the deleted scenario an undo restores.
			while (this.#saving) await this.#saving;
			this.#cancelTimer();
			this.#dirty = false;
			// a failed save or a conflict was this scenario's, and goes with it
			this.save = { state: 'idle' };
			const gone = this.current;
			dropUnsaved(gone.id, this.#page);
			await this.#repo?.remove(gone.id);
			this.#books.forget(gone.id);
			this.all = this.all.filter((s) => s.id !== gone.id);
			this.#sync?.post({ kind: 'deleted', id: gone.id });
			await this.#select(gone.tableId, BASELINE_ID);
			this.notice = { kind: 'deleted', scenario: gone };
		});
	}

	restoreDeleted(): Promise<void> {
		return this.#inTurn(async () => {
			const n = this.notice;
			if (n?.kind !== 'deleted') return;
			this.notice = null;
			await this.#adopt({ ...n.scenario, revision: 0 });
		});
	}

	/** Discards this tab's unsaved changes and loads the stored version (after a conflict). */
	reloadStored(): Promise<void> {
		return this.#inTurn(() => this.#reloadStored());
	}

	async #reloadStored(): Promise<void> {
		const stored = await this.#repo?.get(this.current.id);
		this.#cancelTimer();
		this.#dirty = false;
		// the unsaved edits are given up, or (keepMineAsCopy) kept in a copy
		dropUnsaved(this.current.id, this.#page);
		if (!stored) {
			// deleted in the other tab meanwhile: nothing is left to conflict with
			this.save = { state: 'idle' };
			return this.#select(this.current.tableId, BASELINE_ID);
		}
		this.#replace(stored);
		this.current = stored;
		this.#books.setRevision(stored.id, stored.revision);
		this.orphans = await this.#notebook.applyScenario(stored);
		this.#books.forgetHistory(stored.id);
		this.#refreshHistory();
		this.save = { state: 'saved', at: Date.now() };
	}

	/** Keeps this tab's version as a new scenario, then loads the stored one (after a conflict). */
	keepMineAsCopy(): Promise<void> {
		return this.#inTurn(async () => {
			const mine = this.current;
			const copy = this.#copy(mine, this.#naming().copyOf(mine.name));
			await this.#reloadStored();
			await this.#adopt(copy);
		});
	}

	dismissNotice(): void {
		this.notice = null;
	}

	/**
	 * Another scenario is opening: news about the one before is stale. A delete's notice
	 * stays, since it is the way to undo the delete.
	 */
	#staleNotice(): void {
		if (this.notice && this.notice.kind !== 'deleted') this.notice = null;
	}

	/** Every scenario (or only the open one) as a JSON file body, in the stored envelope format. */
	exportJson(only: 'all' | 'current' = 'all'): string {
		const c = this.current;
		if (only === 'all')
			return exportScenarios(
				this.all.map((x) => (x.id === c.id ? c : x)),
				Date.now()
			);
		// the published plan and a shared scenario are no stored record: a file holds a copy
		const one = isBaseline(c.id) || isShared(c.id) ? { ...c, id: newId(), revision: 0 } : c;
		return exportScenarios([one], Date.now());
	}

	/**
	 * Adds the scenarios of a file (persist/import.ts) and stores them. One already here
	 * with the same content is left as it is; one whose id is taken by other content comes
	 * in as a copy; one for a table not in `tables` is skipped. Never replaces a scenario.
	 */
	importFile(text: string, tables: readonly string[]): Promise<ImportResult> {
		return this.#inTurn(async () => {
			const repo = this.#repo;
			if (!repo) return { ok: false, reason: 'storage', detail: 'storage is not open yet' };
			const read = readScenarioFile(text);
			if (!read.ok) return read;
			let added = 0;
			let skipped = read.unreadable;
			for (const s of read.scenarios) {
				if (!tables.includes(s.tableId)) {
					skipped++;
					continue;
				}
				const here = this.all.find((x) => x.id === s.id);
				if (here && contentOf(here) === contentOf(s)) continue;
				const names = this.#names(s.tableId);
				// an id in use, reserved, or held by a record this version cannot read: a copy
				const incoming =
					here || this.#taken(s.id)
						? this.#copy(s, s.name)
						: { ...s, name: uniqueName(s.name, names), revision: 0 };
				const result = await repo.save(incoming, 0);
				if (!result.ok) return { ok: false, reason: 'storage', detail: result.reason };
				const saved = { ...incoming, revision: result.revision };
				this.#books.setRevision(saved.id, result.revision);
				this.all = [...this.all, saved];
				this.#sync?.post({ kind: 'saved', id: saved.id, revision: result.revision });
				added++;
			}
			return { ok: true, added, skipped };
		});
	}

	/** Saves now if anything is pending; resolves when stored (or failed). */
	async flush(): Promise<void> {
		this.#cancelTimer();
		// a save that ends with changes still unsaved starts the next one itself
		while (this.#saving) await this.#saving;
		if (this.#dirty) await this.#saveNow();
	}

	destroy(): void {
		this.#cancelTimer();
		this.#sync?.close();
	}

	#fresh(tableId: string, name: string): Scenario {
		const now = Date.now();
		return {
			id: newId(),
			tableId,
			name,
			inputs: {},
			assumptions: {},
			notes: {},
			createdAt: now,
			updatedAt: now,
			revision: 0
		};
	}

	async #adopt(s: Scenario): Promise<void> {
		this.#staleNotice();
		await this.flush();
		this.all = [...this.all, s];
		this.#books.setRevision(s.id, 0);
		this.current = s;
		remember(s.tableId, s.id);
		this.orphans = await this.#notebook.applyScenario(s);
		this.#refreshHistory();
		this.#dirty = true;
		await this.#saveNow();
	}

	/** A new scenario with `from`'s entries, named `name` or, if taken, a name like it. */
	#copy(from: Scenario, name: string): Scenario {
		return {
			...this.#fresh(from.tableId, uniqueName(name, this.#names(from.tableId))),
			inputs: from.inputs,
			assumptions: from.assumptions,
			notes: from.notes
		};
	}

	#names(tableId: string): string[] {
		return this.forTable(tableId).map((s) => s.name);
	}

	#record(change: Change): void {
		if (isBaseline(this.current.id)) {
			// the published plan stays as it is: this edit starts a new scenario
			const s = this.#fresh(
				this.current.tableId,
				uniqueName(this.#naming().newScenario, this.#names(this.current.tableId))
			);
			this.all = [...this.all, s];
			this.#books.setRevision(s.id, 0);
			this.current = s;
			remember(s.tableId, s.id);
			this.notice = { kind: 'created', name: s.name };
		}
		this.#history().push(change, this.#joining);
		if (this.#grouped) this.#joining = true;
		this.#commit(applyChange(this.current, change));
	}

	/** While set, the changes recorded form one step of the history (see `together`). */
	#grouped = false;
	/** Set once a grouped step has its first change: the ones after it join that step. */
	#joining = false;

	/**
	 * Runs `run` (a paste: one edit per cell, in turn) with the edits it makes recorded as one
	 * step of the history, so that one undo reverts them all.
	 */
	async together(run: () => Promise<void>): Promise<void> {
		this.#grouped = true;
		this.#joining = false;
		try {
			await run();
		} finally {
			this.#grouped = false;
			this.#joining = false;
		}
	}

	async #applyToModel(c: Change, reverse: boolean): Promise<void> {
		const value = reverse ? c.before : c.after;
		if (c.kind === 'input')
			await this.#notebook.setInput(c.indicator, c.input, value as number | string | null);
		else if (c.kind === 'assumption')
			await this.#notebook.setAssumption(c.name, value as number | null);
	}

	/** The new current scenario: shown now, saved shortly. */
	#commit(next: Scenario): void {
		this.current = { ...next, updatedAt: Date.now() };
		this.#replace(this.current);
		this.#refreshHistory();
		this.#dirty = true;
		if (this.save.state !== 'conflict') this.save = { state: 'saving' };
		this.#cancelTimer();
		this.#timer = setTimeout(() => void this.#saveNow(), SAVE_DELAY_MS);
	}

	/** `s`, as this page last saved it, is in storage at `revision`. */
	#stored(s: Scenario, revision: number): void {
		this.#books.setRevision(s.id, revision);
		if (this.current.id === s.id) this.current = { ...this.current, revision };
		this.#replace({ ...s, revision });
		this.save = this.#dirty ? { state: 'saving' } : { state: 'saved', at: Date.now() };
		// this page's later edits, if any, are still to be saved: what it kept stays till then
		if (!this.#dirty) dropUnsaved(s.id, this.#page);
	}

	#replace(s: Scenario): void {
		this.all = this.all.map((x) => (x.id === s.id ? s : x));
	}

	async #saveNow(): Promise<void> {
		if (!this.#repo || !this.#dirty || isBaseline(this.current.id) || isShared(this.current.id))
			return;
		if (this.save.state === 'conflict') return;
		if (this.#saving) return this.#saving;
		const s = this.current;
		this.#dirty = false;
		this.#landing = s;
		this.#saving = (async () => {
			const result = await this.#repo!.save(s, this.#books.revision(s.id));
			if (result.ok) {
				this.#stored(s, result.revision);
				this.#sync?.post({ kind: 'saved', id: s.id, revision: result.revision });
			} else if (result.reason === 'conflict') {
				// another start may have stored this very version, from what this page kept when it
				// was hidden (persist/unsaved.ts): then it is saved, and nobody's edits conflict
				const stored = await this.#repo!.get(s.id);
				if (stored && contentOf(stored) === contentOf(s)) this.#stored(s, stored.revision);
				else {
					this.#dirty = true;
					this.save = { state: 'conflict' };
				}
			} else {
				this.#dirty = true;
				this.save = { state: 'failed', reason: result.reason, detail: result.detail };
			}
		})();
		try {
			await this.#saving;
		} finally {
			this.#saving = null;
			this.#landing = null;
		}
		if (this.#dirty && this.save.state === 'saving') await this.#saveNow();
	}

	async #onMessage(m: SyncMessage): Promise<void> {
		const repo = this.#repo;
		if (!repo) return;
		if (m.kind === 'deleted') {
			const gone = this.all.find((s) => s.id === m.id);
			dropUnsaved(m.id, this.#page);
			this.all = this.all.filter((s) => s.id !== m.id);
			this.#books.forget(m.id);
			if (gone && this.current.id === m.id) {
				this.#dirty = false;
				await this.#select(gone.tableId, BASELINE_ID);
				this.notice = { kind: 'deletedElsewhere', name: gone.name };
			}
			return;
		}
		const stored = await repo.get(m.id);
		if (!stored) return;
		if (!this.all.some((s) => s.id === stored.id)) this.all = [...this.all, stored];
		if (this.current.id !== stored.id) {
			this.#replace(stored);
			this.#books.setRevision(stored.id, stored.revision);
			return;
		}
		if (stored.revision <= this.#books.revision(stored.id)) return;
		if (this.#dirty) {
			// what was stored is what this page holds (its kept edits, put back by a new tab)
			if (contentOf(stored) === contentOf(this.current)) {
				this.#dirty = false;
				this.#stored(this.current, stored.revision);
				return;
			}
			this.save = { state: 'conflict' };
			return;
		}
		this.#replace(stored);
		this.#books.setRevision(stored.id, stored.revision);
		this.current = stored;
		this.orphans = await this.#notebook.applyScenario(stored);
		this.#books.forgetHistory(stored.id);
		this.#refreshHistory();
		this.notice = { kind: 'updatedElsewhere', name: stored.name };
	}

	#history() {
		return this.#books.history(this.current.id);
	}

	#refreshHistory(): void {
		const h = this.#books.peekHistory(this.current.id);
		this.canUndo = h?.canUndo ?? false;
		this.canRedo = h?.canRedo ?? false;
	}

	#cancelTimer(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}

function remembered(tableId: string): string | null {
	try {
		return localStorage.getItem(LAST_KEY(tableId));
	} catch {
		return null;
	}
}

function remember(tableId: string, id: string): void {
	try {
		localStorage.setItem(LAST_KEY(tableId), id);
	} catch {
		// not remembered: the table opens on the published plan next time
	}
}
