/** Summary statistics for benchmark samples: medians and spreads, never a single run. */
export type Summary = { median: number; p95: number; min: number; max: number; n: number };

export function summarize(samples: number[]): Summary {
	const s = [...samples].sort((a, b) => a - b);
	const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
	const mid = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
	return { median: mid, p95: at(0.95), min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

/**
 * The p95 of each whole run of `size` samples in turn, in their order: how far one run of
 * that size strays. None when the samples hold a single run.
 */
export function p95Windows(samples: number[], size: number): number[] {
	const out: number[] = [];
	if (samples.length <= size) return out;
	for (let i = 0; i + size <= samples.length; i += size)
		out.push(summarize(samples.slice(i, i + size)).p95);
	return out;
}

/** "0.42 ms (0.31–0.97, p95 0.80, n=50)" */
export function fmt(x: Summary, unit = 'ms', digits = 2): string {
	const f = (v: number) => v.toFixed(digits);
	return `${f(x.median)} ${unit} (${f(x.min)}–${f(x.max)}, p95 ${f(x.p95)}, n=${x.n})`;
}

/** "1234 ms (1100–1400, n=3)": for a handful of samples, where a p95 means nothing. */
export function fmtRange(x: Summary, unit = 'ms', digits = 0): string {
	const f = (v: number) => v.toFixed(digits);
	return `${f(x.median)} ${unit} (${f(x.min)}–${f(x.max)}, n=${x.n})`;
}
