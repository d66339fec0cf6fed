/**
 * How the app reaches the engine: a module Web Worker where the browser has
 * one, else the same session in-process (loaded lazily, so the shell still
 * paints first). Both answer requests in order with the same plain-data replies.
 */
import type { Reply } from '../engine/session';
import type { HostRequest } from '../worker/host';
import { Joiner, type WorkerMessage } from '../worker/parts';

export interface EngineLink {
	call(req: HostRequest): Promise<Reply>;
	close(): void;
}

/** The engine in this thread. */
export function localLink(): EngineLink {
	let host: Promise<import('../worker/host').Host> | null = null;
	return {
		async call(req) {
			host ??= import('../worker/host').then((m) => new m.Host());
			return (await host).run(req);
		},
		close() {
			void host?.then((h) => h.run({ op: 'close' }));
		}
	};
}

/**
 * The engine in a worker. Should the worker fail to start (no module workers,
 * a blocked script), the in-process engine takes over: nothing has been
 * answered yet, so the requests still waiting are sent to it, in order.
 */
export function workerLink(): EngineLink {
	if (typeof Worker === 'undefined') return localLink();
	let worker: Worker;
	try {
		worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), {
			type: 'module'
		});
	} catch {
		return localLink();
	}
	let fallback: EngineLink | null = null;
	let answered = false;
	let next = 0;
	const pending = new Map<number, { req: HostRequest; resolve: (r: Reply) => void }>();
	const joiner = new Joiner();
	worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
		answered = true;
		const reply = joiner.take(e.data);
		if (!reply) return;
		const p = pending.get(e.data.id);
		pending.delete(e.data.id);
		p?.resolve(reply);
	};
	worker.onerror = (e) => {
		e.preventDefault();
		const waiting = [...pending.values()];
		pending.clear();
		joiner.clear();
		if (!answered) {
			worker.terminate();
			fallback = localLink();
			for (const p of waiting) void fallback.call(p.req).then(p.resolve);
			return;
		}
		const message = e.message || 'The engine stopped';
		for (const p of waiting) p.resolve({ ok: false, kind: 'engineError', message });
	};
	return {
		call(req) {
			if (fallback) return fallback.call(req);
			return new Promise((resolve) => {
				const id = next++;
				pending.set(id, { req, resolve });
				worker.postMessage({ id, req });
			});
		},
		close() {
			if (fallback) fallback.close();
			else worker.terminate();
		}
	};
}
