/**
 * A reply's rows cross from the engine's worker in parts. The page copies a message's
 * data in the task that reads it: the 1,615 rows a table-wide edit moves at 10,000
 * indicators took 8 ms of that task on a desktop, and a build's 10,000 rows several
 * times that; on a slow phone, or a busy machine, one such task runs past 50 ms and
 * the page stops responding for it. In parts of `PART_ROWS`, each copy is a task of
 * its own, and the page applies the rows, all at once, when the last part comes.
 */
import type { Reply } from '../engine/session';
import type { RowValues } from '../model/row';

export const PART_ROWS = 400;

/** What the worker posts: parts of a reply's rows, then the reply with the last of them. */
export type WorkerMessage = { id: number; part: RowValues[] } | { id: number; reply: Reply };

/** The messages that carry `reply` to request `id`, in the order to post them. */
export function inParts(id: number, reply: Reply, size = PART_ROWS): WorkerMessage[] {
	if (!reply.ok || reply.rows.length <= size) return [{ id, reply }];
	const { rows } = reply;
	const out: WorkerMessage[] = [];
	let start = 0;
	for (; rows.length - start > size; start += size)
		out.push({ id, part: rows.slice(start, start + size) });
	out.push({ id, reply: { ...reply, rows: rows.slice(start) } });
	return out;
}

/** Puts replies back together on the page's side, from messages in the order posted. */
export class Joiner {
	#parts = new Map<number, RowValues[][]>();

	/** The whole reply once its last message is in, else null. */
	take(msg: WorkerMessage): Reply | null {
		if ('part' in msg) {
			const parts = this.#parts.get(msg.id);
			if (parts) parts.push(msg.part);
			else this.#parts.set(msg.id, [msg.part]);
			return null;
		}
		const parts = this.#parts.get(msg.id);
		if (!parts) return msg.reply;
		this.#parts.delete(msg.id);
		// a refusal after parts cannot come (parts are only sent for a reply that is ok)
		if (!msg.reply.ok) return msg.reply;
		return { ...msg.reply, rows: parts.flat().concat(msg.reply.rows) };
	}

	/** Drops what arrived of replies that will not complete (the worker stopped). */
	clear(): void {
		this.#parts.clear();
	}
}
