/**
 * The bookkeeping of previewed rows (model/preview.ts) until the engine answers.
 *
 * Each edit gets a number. Its preview is shown at once; its reply then
 * replaces it with the engine's rows. The engine answers in order, so a reply
 * to an earlier edit must not paint over a later edit's preview of the same row
 * (the screen would step back a value and forward again): it only becomes the
 * row to fall back to. A row previewed but absent from the reply, or an edit
 * the engine refused, falls back to the engine's last row.
 */
import type { RowValues } from '../model/row';

type Held = { seq: number; before: RowValues };

export class Previews {
	#seq = 0;
	#held = new Map<string, Held>();

	/** Records the rows about to replace what `current` gives for them; returns the edit's number. */
	show(rows: readonly RowValues[], current: (id: string) => RowValues | undefined): number {
		const seq = ++this.#seq;
		for (const row of rows) {
			const held = this.#held.get(row.id);
			if (held) held.seq = seq;
			else {
				const before = current(row.id);
				if (before) this.#held.set(row.id, { seq, before });
			}
		}
		return seq;
	}

	/** The rows to show now that edit `seq` is answered (`rows`), or refused (null). */
	answered(seq: number, rows: readonly RowValues[] | null): RowValues[] {
		const out: RowValues[] = [];
		const answered = new Set<string>();
		for (const row of rows ?? []) {
			answered.add(row.id);
			const held = this.#held.get(row.id);
			if (held && held.seq > seq) held.before = row;
			else out.push(row);
		}
		for (const [id, held] of this.#held) {
			if (held.seq > seq) continue;
			this.#held.delete(id);
			if (!answered.has(id)) out.push(held.before);
		}
		return out;
	}

	/** All rows were replaced (a table or scenario opened): nothing is held any more. */
	clear(): void {
		this.#held.clear();
	}
}
