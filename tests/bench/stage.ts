/**
 * A build staged for the browser benchmarks: a copy of it with synthetic tables added
 * to its data set (their shipped computed rows and a page each, as for a real table),
 * served on a port of its own: by `vite preview`, or (`BENCH_SERVER=static`) by a plain
 * static server that sends files as they are, as a host with precompressed files on
 * another machine would. `vite preview` gzips each response as it sends it, on the same
 * cores as the browser being measured.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { publishedFiles } from '../../src/lib/engine/computed';
import { syntheticTable } from '../../src/lib/tables/synthetic';

export function stageBuild(from: string, dir: string, sizes: readonly number[]): void {
	if (!existsSync(`${from}/index.html`)) throw new Error(`Build first: no ${from}/index.html`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(from, dir, { recursive: true });
	const index = JSON.parse(readFileSync(`${dir}/data/index.json`, 'utf8'));
	for (const n of sizes) {
		const t = syntheticTable({ indicators: n, seed: 7 });
		const text = JSON.stringify(t);
		writeFileSync(`${dir}/data/${t.id}.json`, text);
		// as the data set ships them for its own tables (npm run data:computed)
		const { snapshot, head } = publishedFiles(t, text);
		writeFileSync(`${dir}/data/computed/${t.id}.json`, JSON.stringify(snapshot));
		writeFileSync(`${dir}/data/computed/${t.id}.head.json`, JSON.stringify(head));
		cpSync(`${dir}/t/jindong-14th.html`, `${dir}/t/${t.id}.html`);
		index.tables.push({
			id: t.id,
			title: t.title,
			plan: t.plan,
			region: t.region,
			baseYear: t.baseYear,
			targetYear: t.targetYear
		});
	}
	writeFileSync(`${dir}/data/index.json`, JSON.stringify(index));
}

/** Serves `dir` on `port`; refuses a port that is taken, so another server is never measured. */
export async function startPreview(dir: string, port: number): Promise<ChildProcess> {
	const url = `http://localhost:${port}`;
	const taken = () => new Error(`port ${port} is taken: stop that server or set BENCH_PORT`);
	if (
		await fetch(url).then(
			() => true,
			() => false
		)
	)
		throw taken();
	// vite itself, not npx: killing npx would leave the server running
	const server = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--port',
			String(port),
			'--strictPort',
			'--outDir',
			dir
		],
		{ stdio: 'ignore' }
	);
	let exited = false;
	server.on('exit', () => (exited = true));
	// a set-up that times out never hands the server to its caller: it goes with this process
	process.once('exit', () => server.kill());
	for (let i = 0; i < 100; i++) {
		// with --strictPort it exits when the port is taken
		if (exited) throw taken();
		try {
			if ((await fetch(url)).ok && !exited) return server;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error('preview server did not start');
}

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/** Serves `dir` as a static host does: `/t/x` is `/t/x.html`, ETags and revalidation, no compression. */
export async function startStatic(dir: string, port: number): Promise<Server> {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const found = [path, `${path}.html`, join(path, 'index.html')]
			.map((p) => join(dir, p))
			.find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
		const file = found ?? join(dir, '404.html');
		const stat = statSync(file);
		const etag = `W/"${stat.size}-${stat.mtimeMs}"`;
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
			etag
		};
		if (found && req.headers['if-none-match'] === etag) {
			res.writeHead(304, headers).end();
			return;
		}
		res.writeHead(found ? 200 : 404, headers).end(readFileSync(file));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', () =>
			reject(new Error(`port ${port} is taken: stop that server or set BENCH_PORT`))
		);
		server.listen(port, resolve);
	});
	return server;
}

/** The server `BENCH_SERVER` names (`preview`, the default, or `static`); resolves to a stop function. */
export async function serve(dir: string, port: number): Promise<() => void> {
	if (process.env.BENCH_SERVER === 'static') {
		const server = await startStatic(dir, port);
		return () => server.close();
	}
	const server = await startPreview(dir, port);
	return () => server.kill();
}
