/**
 * What runs the engine's session wherever it lives (the worker, or in-process
 * as a fallback): requests in arrival order, and a table opened by its address
 * is fetched and checked here, so a large table never has to be copied from
 * the main thread.
 */
import type { InputKey } from '../model/columns';
import type { InputEntry } from '../model/scenario';
import type { PlanTable } from '../model/table';
import { Session, type Reply, type Request } from '../engine/session';
import type { AssumptionKey } from '../engine/model';
import { parsePlanTable } from '../tables/load';

export type HostRequest =
	| Request
	| {
			op: 'openUrl';
			/** An absolute address: a worker resolves relative ones against its own script. */
			url: string;
			inputs: { indicator: string; input: InputKey; value: InputEntry }[];
			assumptions: Partial<Record<AssumptionKey, number>>;
	  };

export class Host {
	#session = new Session();
	#queue: Promise<unknown> = Promise.resolve();
	#table: { url: string; table: PlanTable } | null = null;

	run(req: HostRequest): Promise<Reply> {
		const next = this.#queue.then(() => this.#run(req));
		this.#queue = next.catch(() => undefined);
		return next;
	}

	async #run(req: HostRequest): Promise<Reply> {
		if (req.op !== 'openUrl') return this.#session.handle(req);
		const { url, inputs, assumptions } = req;
		let table = this.#table?.url === url ? this.#table.table : null;
		if (!table) {
			try {
				const res = await fetch(url);
				if (!res.ok)
					return { ok: false, kind: 'badTable', message: `HTTP ${res.status} for ${url}` };
				const parsed = parsePlanTable(await res.json());
				if (!parsed.ok) return { ok: false, kind: 'badTable', message: parsed.problems.join('; ') };
				table = parsed.table;
				this.#table = { url, table };
			} catch (e) {
				return { ok: false, kind: 'badTable', message: e instanceof Error ? e.message : String(e) };
			}
		}
		return this.#session.handle({ op: 'open', table, inputs, assumptions });
	}
}
