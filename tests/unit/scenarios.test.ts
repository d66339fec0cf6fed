/**
 * The scenario state against the real notebook and engine (in this process, as the
 * app runs without workers) and IndexedDB as the fake-indexeddb package gives it:
 * operations started one after another without waiting, as clicks and keys come.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASELINE_ID } from '../../src/lib/model/scenario';
import { Notebook } from '../../src/lib/state/notebook.svelte';
import { Scenarios } from '../../src/lib/state/scenarios.svelte';
import { exportScenarios } from '../../src/lib/persist/export';
import { contentOf, stashUnsaved } from '../../src/lib/persist/unsaved';

const ORIGIN = 'http://notebook.test';
const TABLE = 'jindong-14th';

/** Serves static/data as the app's host would. */
async function serve(input: string | URL | Request): Promise<Response> {
	const url = new URL(String(input instanceof Request ? input.url : input), ORIGIN);
	const file = url.pathname.replace(/^\/data\//, '');
	try {
		const body = await readFile(new URL(`../../static/data/${file}`, import.meta.url));
		return new Response(body, { headers: { 'content-type': 'application/json' } });
	} catch {
		return new Response('not found', { status: 404 });
	}
}

beforeAll(() => {
	vi.stubGlobal('location', { href: `${ORIGIN}/` });
	vi.stubGlobal('fetch', serve);
});

let open: { notebook: Notebook; scenarios: Scenarios }[] = [];
afterEach(() => {
	for (const o of open) {
		o.scenarios.destroy();
		o.notebook.destroy();
	}
	open = [];
});

/** A notebook and its scenarios, started as the page starts them, with no table open yet. */
async function started(newScenario = 'Scenario') {
	const notebook = new Notebook();
	const scenarios = new Scenarios(notebook, () => ({
		newScenario,
		copyOf: (name) => `${name} (copy)`
	}));
	open.push({ notebook, scenarios });
	await scenarios.init();
	expect(await notebook.init({ dataUrl: (file) => `/data/${file}`, fetcher: serve })).toBe(true);
	return { notebook, scenarios };
}

/** A tab: a notebook on the seed table and its scenarios, as the page starts them. */
async function tab() {
	const { notebook, scenarios } = await started();
	await notebook.open(TABLE);
	await scenarios.select(TABLE, null);
	return { notebook, scenarios };
}

/** A tab whose first edit (GDP's assumed growth to 6 %) has started a scenario. */
async function tabWithEdit() {
	const t = await tab();
	expect((await t.scenarios.editInput('gdp', 'assumed', '6')).ok).toBe(true);
	return t;
}

function assumed(notebook: Notebook, id: string): unknown {
	return notebook.rows.find((r) => r.id === id)?.cells.assumed;
}

describe('scenario operations started without waiting for the one before', () => {
	it('a delete clicked while the duplicate is being saved, then undone, leaves both stored', async () => {
		const { scenarios } = await tab();
		expect((await scenarios.editInput('talent-pool', 'assumed', '5')).ok).toBe(true);
		expect(scenarios.rename('Talent 5%')).toBe(true);
		await scenarios.flush();
		const original = scenarios.current.id;

		// as the buttons are clicked: nothing awaited in between
		void scenarios.duplicate();
		void scenarios.remove();
		await scenarios.restoreDeleted();
		await scenarios.flush();

		expect(scenarios.save.state).toBe('saved');
		expect(scenarios.current.name).toBe('Talent 5% (copy)');
		const copy = scenarios.current.id;
		expect(copy).not.toBe(original);
		// what another tab (or a reload) reads from storage
		const other = await tab();
		const stored = (id: string) => other.scenarios.all.find((s) => s.id === id);
		expect(stored(original)?.name).toBe('Talent 5%');
		expect(stored(copy)?.name).toBe('Talent 5% (copy)');
		expect(stored(copy)?.inputs['talent-pool']?.assumed).toBe(0.05);
	});

	it('an edit typed just before another scenario is opened lands on the one it was typed on', async () => {
		const { notebook, scenarios } = await tab();
		await scenarios.create('A');
		const a = scenarios.current.id;
		const count = scenarios.forTable(TABLE).length;

		const edit = scenarios.editInput('gdp', 'assumed', '6');
		const back = scenarios.select(TABLE, BASELINE_ID);
		expect((await edit).ok).toBe(true);
		await back;
		await scenarios.flush();

		expect(scenarios.current.id).toBe(BASELINE_ID);
		expect(assumed(notebook, 'gdp')).toBe(0.085);
		// no scenario was started from the published plan by the edit
		expect(scenarios.forTable(TABLE)).toHaveLength(count);
		expect(scenarios.all.find((s) => s.id === a)?.inputs.gdp?.assumed).toBe(0.06);
		await scenarios.select(TABLE, a);
		expect(assumed(notebook, 'gdp')).toBe(0.06);
	});

	it('a flush returns once the last change is stored, with a save on its way when it is asked', async () => {
		const { scenarios } = await tab();
		await scenarios.editInput('gdp', 'assumed', '5');
		const id = scenarios.current.id;
		const first = scenarios.flush();
		// a note is recorded at once, while the first save is still on its way
		scenarios.setNote('gdp', 'checked against the 2023 report');
		await scenarios.flush();
		expect(scenarios.save.state).toBe('saved');
		await first;
		const other = await tab();
		expect(other.scenarios.all.find((s) => s.id === id)?.notes.gdp).toBe(
			'checked against the 2023 report'
		);
	});

	it('a delete right after an edit stores nothing back, and its undo keeps the edit', async () => {
		const { scenarios } = await tab();
		await scenarios.editInput('gdp', 'assumed', '5');
		const id = scenarios.current.id;
		void scenarios.editInput('gdp', 'assumed', '7');
		await scenarios.remove();
		// past the autosave delay: nothing writes the record back
		await new Promise((r) => setTimeout(r, 500));
		const gone = await tab();
		expect(gone.scenarios.all.some((s) => s.id === id)).toBe(false);
		await scenarios.restoreDeleted();
		await scenarios.flush();
		expect(scenarios.save.state).toBe('saved');
		const back = await tab();
		expect(back.scenarios.all.find((s) => s.id === id)?.inputs.gdp?.assumed).toBe(0.07);
	});

	it('an edit typed while the table builds waits for the build, then starts a scenario', async () => {
		const { notebook, scenarios } = await started('Typed early');
		await notebook.open(TABLE);
		expect(notebook.built).toBe(false);
		const edit = scenarios.editInput('gdp', 'assumed', '6');
		await scenarios.select(TABLE, null);
		expect(await edit).toEqual({ ok: true });
		expect(scenarios.current.name).toBe('Typed early');
		expect(scenarios.current.inputs.gdp?.assumed).toBe(0.06);
		expect(assumed(notebook, 'gdp')).toBe(0.06);
	});

	it('an edit waiting for a build is dropped, and says so, when another table opens', async () => {
		const { notebook, scenarios } = await tab();
		await notebook.open('jinhua-12th');
		const edit = scenarios.editInput('gdp', 'assumed', '6');
		await notebook.open(TABLE);
		await scenarios.select(TABLE, null);
		expect(await edit).toMatchObject({ ok: false, reason: 'superseded' });
		expect(assumed(notebook, 'gdp')).toBe(0.085);
	});

	it('a delete after a save conflict leaves the conflict behind: the next scenario saves', async () => {
		const mine = await tab();
		await mine.scenarios.editInput('gdp', 'assumed', '5');
		await mine.scenarios.flush();
		const id = mine.scenarios.current.id;
		const theirs = await tab();
		await theirs.scenarios.select(TABLE, id);
		// this tab has a change of its own when the other tab saves one
		mine.scenarios.setNote('gdp', 'mine');
		await theirs.scenarios.editInput('gdp', 'assumed', '6');
		await theirs.scenarios.flush();
		await mine.scenarios.flush();
		await expect.poll(() => mine.scenarios.save.state).toBe('conflict');

		await mine.scenarios.remove();
		expect(mine.scenarios.save.state).not.toBe('conflict');
		await mine.scenarios.create('Next');
		await mine.scenarios.flush();
		expect(mine.scenarios.save.state).toBe('saved');
		const other = await tab();
		expect(other.scenarios.all.some((s) => s.name === 'Next')).toBe(true);
	});

	it('a table opened in place of one still opening is the one built', async () => {
		const { notebook, scenarios } = await tab();
		const first = notebook.open('jinhua-12th');
		const second = notebook.open(TABLE);
		expect(await first).toBe(false);
		// a scenario built meanwhile (another tab's save, say) does not stop the second
		await scenarios.select(TABLE, null);
		expect(await second).toBe(true);
		await scenarios.select(TABLE, null);
		expect(notebook.table?.id).toBe(TABLE);
		expect(assumed(notebook, 'gdp')).toBe(0.085);
	});
});

/** localStorage as a browser keeps it, for the one page of a test. */
function memoryStorage(): Storage {
	const m = new Map<string, string>();
	return {
		get length() {
			return m.size;
		},
		clear: () => m.clear(),
		getItem: (k) => m.get(k) ?? null,
		key: (i) => [...m.keys()][i] ?? null,
		removeItem: (k) => void m.delete(k),
		setItem: (k, v) => void m.set(k, String(v))
	};
}

describe('edits a page left before saving them', () => {
	// localStorage for each test's pages alone; a failing test must not leave it to the tests after
	beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.stubGlobal('location', { href: `${ORIGIN}/` });
		vi.stubGlobal('fetch', serve);
	});

	it('of a scenario never saved come back as that scenario, not a copy', async () => {
		const first = await tab();
		// the first edit on the published plan starts a scenario; the page goes before its save
		expect((await first.scenarios.editInput('gdp', 'assumed', '6')).ok).toBe(true);
		const { id, name } = first.scenarios.current;
		first.scenarios.stashUnsaved();
		first.scenarios.destroy();

		const next = await tab();
		const back = next.scenarios.all.filter((s) => s.name === name || s.name === `${name} (copy)`);
		expect(back.map((s) => [s.id, s.name, s.inputs.gdp?.assumed])).toEqual([[id, name, 0.06]]);
		expect(next.scenarios.recovered).toEqual([{ name, copy: false }]);
	});

	it('made while a save was on its way follow that save once it landed', async () => {
		const first = await tabWithEdit();
		await first.scenarios.flush();
		const saved = first.scenarios.current;
		const landing = { ...saved, notes: { gdp: 'saving' } };
		// what a page going with a save on its way keeps: its later edits, on the revision
		// before that save, and what the save writes
		stashUnsaved(
			{ ...saved, notes: { gdp: 'typed after' } },
			saved.revision,
			'a page gone',
			contentOf(landing)
		);
		// the save lands (as the page's last act)
		first.scenarios.setNote('gdp', 'saving');
		await first.scenarios.flush();
		first.scenarios.destroy();

		const next = await tab();
		expect(next.scenarios.all.find((s) => s.id === saved.id)?.notes).toEqual({
			gdp: 'typed after'
		});
		expect(next.scenarios.all.filter((s) => s.name === `${saved.name} (copy)`)).toEqual([]);
	});

	it('are forgotten when the page deletes the scenario', async () => {
		const first = await tabWithEdit();
		expect(first.scenarios.rename('Deleted then')).toBe(true);
		first.scenarios.stashUnsaved();
		await first.scenarios.remove();
		first.scenarios.destroy();

		const next = await tab();
		expect(next.scenarios.all.filter((s) => s.name.startsWith('Deleted then'))).toEqual([]);
	});

	it('come back at the next start over the stored scenario, and are stored', async () => {
		const first = await tabWithEdit();
		await first.scenarios.flush();
		const id = first.scenarios.current.id;
		first.scenarios.setNote('gdp', 'typed just before leaving');
		// the page goes: its save timer never fires
		first.scenarios.stashUnsaved();
		first.scenarios.destroy();

		const next = await tab();
		expect(next.scenarios.all.find((s) => s.id === id)?.notes).toEqual({
			gdp: 'typed just before leaving'
		});
		const after = await tab();
		expect(after.scenarios.all.find((s) => s.id === id)?.notes).toEqual({
			gdp: 'typed just before leaving'
		});
		const name = after.scenarios.all.find((s) => s.id === id)!.name;
		expect(after.scenarios.all.filter((s) => s.name === `${name} (copy)`)).toEqual([]);
	});

	it('are forgotten once the same page saves them, even with more edits made since', async () => {
		const page = await tabWithEdit();
		await page.scenarios.flush();
		const id = page.scenarios.current.id;
		// the tab is hidden with a note unsaved, then shown again and edited further
		page.scenarios.setNote('gdp', 'first');
		page.scenarios.stashUnsaved();
		page.scenarios.setNote('gdp', 'second');
		await page.scenarios.flush();
		page.scenarios.destroy();

		const next = await tab();
		expect(next.scenarios.all.find((s) => s.id === id)?.notes).toEqual({ gdp: 'second' });
		const name = next.scenarios.all.find((s) => s.id === id)!.name;
		expect(next.scenarios.all.filter((s) => s.name === `${name} (copy)`)).toEqual([]);
	});

	it('taken by a new tab while their page is still open are no conflict for that page', async () => {
		const hidden = await tabWithEdit();
		await hidden.scenarios.flush();
		const id = hidden.scenarios.current.id;
		// the tab is hidden with a note unsaved: it keeps it, and a new tab starts before its save
		hidden.scenarios.setNote('gdp', 'typed before switching away');
		hidden.scenarios.stashUnsaved();
		const next = await tab();
		expect(next.scenarios.recovered).toEqual([
			{ name: hidden.scenarios.current.name, copy: false }
		]);
		// the hidden tab's own save then finds its very edits stored: saved, not a conflict
		await hidden.scenarios.flush();
		expect(hidden.scenarios.save.state).toBe('saved');
		// and its next edit saves over them
		hidden.scenarios.setNote('gdp', 'after');
		await hidden.scenarios.flush();
		expect(hidden.scenarios.save.state).toBe('saved');
		const after = await tab();
		expect(after.scenarios.all.find((s) => s.id === id)?.notes).toEqual({ gdp: 'after' });
		expect(after.scenarios.recovered).toEqual([]);
	});

	it('come back as a copy when another tab saved the scenario since', async () => {
		const left = await tab();
		expect((await left.scenarios.editInput('talent-pool', 'assumed', '5')).ok).toBe(true);
		expect(left.scenarios.rename('Left behind')).toBe(true);
		await left.scenarios.flush();
		const other = await tab();
		expect(other.scenarios.current.id).toBe(left.scenarios.current.id);
		left.scenarios.setNote('gdp', 'mine');
		left.scenarios.stashUnsaved();
		left.scenarios.destroy();
		// meanwhile the other tab saves its own change to the same scenario
		other.scenarios.setNote('gdp', 'theirs');
		await other.scenarios.flush();

		const next = await tab();
		const named = next.scenarios.all.filter((s) => s.name.startsWith('Left behind'));
		expect(next.scenarios.recovered).toEqual([{ name: 'Left behind (copy)', copy: true }]);
		expect(named.map((s) => [s.name, s.notes.gdp]).sort()).toEqual([
			['Left behind (copy)', 'mine'],
			['Left behind', 'theirs']
		]);
	});
});

describe('notices', () => {
	it('news of a scenario leaves when it is renamed or another opens; a delete’s undo stays', async () => {
		const { scenarios } = await tab();
		expect((await scenarios.editInput('gdp', 'assumed', '6')).ok).toBe(true);
		expect(scenarios.notice?.kind).toBe('created');
		expect(scenarios.rename('GDP 6%')).toBe(true);
		expect(scenarios.notice).toBeNull();
		await scenarios.select(TABLE, BASELINE_ID);
		expect((await scenarios.editInput('gdp', 'assumed', '7')).ok).toBe(true);
		expect(scenarios.notice?.kind).toBe('created');
		await scenarios.create();
		expect(scenarios.notice).toBeNull();
		await scenarios.remove();
		expect(scenarios.notice?.kind).toBe('deleted');
		await scenarios.create();
		expect(scenarios.notice?.kind).toBe('deleted');
		await scenarios.flush();
	});
});

describe('importing a scenario file', () => {
	it('never stores a record under a reserved id, nor replaces one, and skips what is here', async () => {
		const { scenarios } = await tab();
		expect((await scenarios.editInput('gdp', 'assumed', '6')).ok).toBe(true);
		expect(scenarios.rename('Mine')).toBe(true);
		await scenarios.flush();
		const mine = scenarios.current;
		const file = exportScenarios(
			[
				mine,
				{ ...mine, name: 'Mine', notes: { gdp: 'theirs' } },
				{ ...mine, id: BASELINE_ID, name: 'Spoofed' }
			],
			0
		);
		const result = await scenarios.importFile(file, [TABLE]);
		expect(result).toEqual({ ok: true, added: 2, skipped: 0 });
		const ids = scenarios.all.map((s) => s.id);
		expect(ids).not.toContain(BASELINE_ID);
		expect(new Set(ids).size).toBe(ids.length);
		expect(scenarios.all.find((s) => s.id === mine.id)?.notes).toEqual({});
		expect(scenarios.all.filter((s) => s.name.startsWith('Spoofed'))).toHaveLength(1);
	});
});
