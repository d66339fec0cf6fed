/**
 * A reply with many rows crosses from the engine's worker in parts, and the page puts
 * it back together exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/lib/engine/session';
import type { RowValues } from '../../src/lib/model/row';
import { inParts, Joiner, PART_ROWS, type WorkerMessage } from '../../src/lib/worker/parts';

const rows = (n: number, from = 0): RowValues[] =>
	Array.from({ length: n }, (_, i) => ({
		id: `r${from + i}`,
		cells: { projected: from + i },
		edited: {}
	}));

/** Posts through structured clone, as a worker's messages are copied into the page. */
const across = (msgs: WorkerMessage[]) => msgs.map((m) => structuredClone(m));

function join(msgs: WorkerMessage[]): Reply[] {
	const joiner = new Joiner();
	const out: Reply[] = [];
	for (const m of msgs) {
		const r = joiner.take(m);
		if (r) out.push(r);
	}
	return out;
}

describe('a reply in parts', () => {
	it('a reply of up to PART_ROWS rows, or a refusal, goes in one message as it is', () => {
		const small: Reply = { ok: true, rows: rows(PART_ROWS), assumptions: [] };
		expect(inParts(1, small)).toEqual([{ id: 1, reply: small }]);
		const refused: Reply = { ok: false, kind: 'formulaError', message: 'x' };
		expect(inParts(2, refused)).toEqual([{ id: 2, reply: refused }]);
	});

	it('a larger one: parts of PART_ROWS rows, then the reply with the rest and its other fields', () => {
		const reply: Reply = { ok: true, rows: rows(2 * PART_ROWS + 5), columns: [] };
		const msgs = inParts(7, reply);
		expect(msgs.map((m) => ('part' in m ? m.part.length : -1))).toEqual([PART_ROWS, PART_ROWS, -1]);
		const last = msgs.at(-1)!;
		expect('reply' in last && last.reply.ok && last.reply.rows.map((r) => r.id)).toEqual(
			rows(5, 2 * PART_ROWS).map((r) => r.id)
		);
		expect('reply' in last && last.reply.ok && last.reply.columns).toEqual([]);
	});

	it('joins back to the same reply, rows in order, whatever the size', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 9 }), (n, size) => {
				const reply: Reply = { ok: true, rows: rows(n), assumptions: [] };
				expect(join(across(inParts(3, reply, size)))).toEqual([reply]);
			})
		);
	});

	it('replies to successive requests, in order, each join to their own', () => {
		const a: Reply = { ok: true, rows: rows(25) };
		const b: Reply = { ok: true, rows: rows(3, 100) };
		const c: Reply = { ok: true, rows: rows(12, 200) };
		const msgs = [...inParts(1, a, 10), ...inParts(2, b, 10), ...inParts(3, c, 10)];
		expect(join(across(msgs))).toEqual([a, b, c]);
	});

	it('clear() drops the parts of a reply that will not complete', () => {
		const joiner = new Joiner();
		const [first] = inParts(4, { ok: true, rows: rows(25) }, 10);
		expect(joiner.take(first!)).toBeNull();
		joiner.clear();
		const next: Reply = { ok: true, rows: rows(2) };
		expect(joiner.take({ id: 4, reply: next })).toEqual(next);
	});
});
