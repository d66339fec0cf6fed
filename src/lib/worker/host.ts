/**
 * What runs the engine's session wherever it lives (the worker, or in-process
 * as a fallback): requests in arrival order, and a table opened by its address
 * is fetched and checked here, so a large table never has to be copied from
 * the main thread. After a build, and shortly after the last edit, the
 * computed rows are saved so the next visit can paint them before its own build.
 */
import type { InputKey } from '../model/columns';
import { fnv1a, scenarioFingerprint } from '../model/fingerprint';
import type { InputEntry } from '../model/scenario';
import type { PlanTable } from '../model/table';
import { Session, type Reply, type Request } from '../engine/session';
import type { AssumptionKey } from '../engine/model';
import { saveSnapshot } from '../persist/snapshots';
import { parsePlanTable } from '../tables/load';

type Entry = { indicator: string; input: InputKey; value: InputEntry };

export type HostRequest =
	| Request
	/** Fetches and checks a table ahead of the `openUrl` that will build it (the page is still loading). */
	| { op: 'fetch'; url: string }
	| {
			op: 'openUrl';
			/** An absolute address: a worker resolves relative ones against its own script. */
			url: string;
			inputs: Entry[];
			assumptions: Partial<Record<AssumptionKey, number>>;
			/** Where to keep the computed rows for the next visit; none for a read-only link. */
			snapshotKey?: string;
	  };

export class Host {
	/** Edits come in bursts: the rows are saved once the burst is over. */
	readonly #saveAfterMs: number;

	constructor({ saveAfterMs = 1500 }: { saveAfterMs?: number } = {}) {
		this.#saveAfterMs = saveAfterMs;
	}

	#session = new Session();
	#queue: Promise<unknown> = Promise.resolve();
	#table: { url: string; table: PlanTable; hash: string } | null = null;
	/** The open scenario as the engine holds it, for the snapshot's fingerprint. */
	#open: {
		key: string;
		entries: Map<string, Entry>;
		assumptions: Partial<Record<AssumptionKey, number>>;
	} | null = null;
	#saveTimer: ReturnType<typeof setTimeout> | null = null;

	run(req: HostRequest): Promise<Reply> {
		const next = this.#queue.then(() => this.#run(req));
		this.#queue = next.catch(() => undefined);
		return next;
	}

	async #run(req: HostRequest): Promise<Reply> {
		if (req.op === 'fetch') {
			const loaded = await this.#load(req.url);
			return 'kind' in loaded ? { ok: false, ...loaded } : { ok: true, rows: [] };
		}
		if (req.op !== 'openUrl') {
			const reply = this.#session.handle(req);
			if (reply.ok) this.#track(req);
			return reply;
		}
		const loaded = await this.#load(req.url);
		if ('kind' in loaded) return { ok: false, ...loaded };
		const { inputs, assumptions } = req;
		const reply = this.#session.handle({ op: 'open', table: loaded.table, inputs, assumptions });
		this.#open = null;
		if (reply.ok && req.snapshotKey) {
			// the fingerprint covers the scenario as asked for, entries the table refused included:
			// the page computes it from the same scenario
			this.#open = {
				key: req.snapshotKey,
				entries: new Map(inputs.map((e) => [`${e.indicator} ${e.input}`, e])),
				assumptions: { ...assumptions }
			};
			this.#save();
		}
		return reply;
	}

	async #load(
		url: string
	): Promise<{ table: PlanTable; hash: string } | { kind: string; message: string }> {
		if (this.#table?.url === url) return this.#table;
		try {
			const res = await fetch(url);
			if (!res.ok) return { kind: 'badTable', message: `HTTP ${res.status} for ${url}` };
			const text = await res.text();
			const parsed = parsePlanTable(JSON.parse(text));
			if (!parsed.ok) return { kind: 'badTable', message: parsed.problems.join('; ') };
			this.#table = { url, table: parsed.table, hash: fnv1a(text) };
			return this.#table;
		} catch (e) {
			return { kind: 'badTable', message: e instanceof Error ? e.message : String(e) };
		}
	}

	/** Keeps the open scenario's fingerprint in step with the edits the engine accepted. */
	#track(req: Request): void {
		const open = this.#open;
		if (!open) return;
		if (req.op === 'set') {
			const k = `${req.id} ${req.input}`;
			if (req.value === null) open.entries.delete(k);
			else open.entries.set(k, { indicator: req.id, input: req.input, value: req.value });
		} else if (req.op === 'setAssumption') {
			if (req.value === null) delete open.assumptions[req.key];
			else open.assumptions[req.key] = req.value;
		} else {
			if (req.op === 'close') this.#open = null;
			return;
		}
		this.#save();
	}

	#save(): void {
		if (this.#saveTimer) clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => {
			this.#saveTimer = null;
			const open = this.#open;
			const table = this.#table;
			const rows = this.#session.rows();
			if (!open || !table || !rows) return;
			void saveSnapshot(open.key, {
				type: 'rowSnapshot',
				schemaVersion: 1,
				table: table.table.id,
				tableHash: table.hash,
				scenarioHash: scenarioFingerprint([...open.entries.values()], open.assumptions),
				rows,
				assumptions: this.#session.assumptions() ?? undefined
			});
		}, this.#saveAfterMs);
	}
}
