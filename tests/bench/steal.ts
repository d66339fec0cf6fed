/**
 * CPU time the host took from this virtual machine (the `steal` column of /proc/stat),
 * as a share of the machine's CPU time over a span. On a shared host it is one thing that
 * makes one run's tail differ from another's on the same build (not the only one: runs here
 * were slower at 1 % steal), so the browser harness writes it beside each table's edit figures. Null where /proc/stat is not there (not Linux).
 */
import { readFileSync } from 'node:fs';

type Ticks = { total: number; steal: number };

function read(): Ticks | null {
	try {
		const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
		const f = line.trim().split(/\s+/).slice(1).map(Number);
		if (f.length < 8 || f.some((x) => !Number.isFinite(x))) return null;
		// user nice system idle iowait irq softirq steal (guest time is inside user)
		return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), steal: f[7]! };
	} catch {
		return null;
	}
}

/** Starts a span; the function it returns gives the span's steal in percent, or null. */
export function stealSpan(): () => number | null {
	const start = read();
	return () => {
		const end = read();
		if (!start || !end || end.total <= start.total) return null;
		return (100 * (end.steal - start.steal)) / (end.total - start.total);
	};
}
