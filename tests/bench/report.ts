/**
 * BENCHMARKS.md is written by `npm run bench`: each harness replaces its own
 * section between markers, so the model and browser runs can be redone apart.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../../BENCHMARKS.md', import.meta.url);

export function machine(): string {
	const cpu = cpus()[0]?.model ?? 'unknown CPU';
	return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

export function writeSection(name: string, markdown: string): void {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const block = `${start}\n${markdown.trim()}\n${end}`;
	let text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n';
	const a = text.indexOf(start);
	const b = text.indexOf(end);
	text =
		a >= 0 && b > a
			? text.slice(0, a) + block + text.slice(b + end.length)
			: `${text.trim()}\n\n${block}\n`;
	writeFileSync(FILE, text);
}
