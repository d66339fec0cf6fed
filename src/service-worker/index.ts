/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: the app shell, every prerendered page and every static file (the
 * data set, icons, manifest) are precached under a cache named for this build,
 * so after one visit the app opens and works with the network off. A new build
 * installs beside the old one and waits: the page offers a reload, and only
 * then does the new worker take over — never a half-updated app.
 */
import { build, files, prerendered, version } from '$service-worker';
import { shellFor } from './shell';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `pin-${version}`;
const PRECACHE = [...build, ...files, ...prerendered];
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skipWaiting') void sw.skipWaiting();
});

/** The cached page for a navigation: the page itself, else a shell of the same depth (it routes on the client). */
async function cachedPage(cache: Cache, url: URL): Promise<Response | undefined> {
	const path = url.pathname.replace(/\/$/, '') || '/';
	// `/t/x/` would resolve the page's relative script addresses one folder too deep
	if (path !== url.pathname) return Response.redirect(new URL(path + url.search, url).href, 302);
	const shell = shellFor(path, prerendered);
	return (await cache.match(path)) ?? (shell === undefined ? undefined : await cache.match(shell));
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// built files never change under the same name: cache first
			if (PRECACHED.has(url.pathname) && request.mode !== 'navigate') {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			try {
				const response = await fetch(request);
				if (response.ok && PRECACHED.has(url.pathname))
					void cache.put(url.pathname, response.clone());
				return response;
			} catch (error) {
				const fallback =
					request.mode === 'navigate'
						? await cachedPage(cache, url)
						: await cache.match(url.pathname);
				if (fallback) return fallback;
				throw error;
			}
		})()
	);
});
