/**
 * The service worker's side of the page: registers it, and when a new version
 * has installed and is waiting, says so; `apply()` saves first, then lets the
 * new version take over and reloads once it controls the page.
 */
export class AppUpdate {
	/** A new version is installed and waiting for the user's go-ahead. */
	available = $state(false);
	/** The worker is active: the app will open with the network off. */
	offlineReady = $state(false);
	#registration: ServiceWorkerRegistration | null = null;

	async register(url: string, type: WorkerType): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		try {
			const reg = await navigator.serviceWorker.register(url, { type });
			this.#registration = reg;
			const watch = (worker: ServiceWorker | null) => {
				if (!worker) return;
				const check = () => {
					if (worker.state === 'installed' && navigator.serviceWorker.controller)
						this.available = true;
					if (worker.state === 'activated') this.offlineReady = true;
				};
				worker.addEventListener('statechange', check);
				check();
			};
			if (reg.waiting && navigator.serviceWorker.controller) this.available = true;
			if (reg.active) this.offlineReady = true;
			watch(reg.installing);
			reg.addEventListener('updatefound', () => watch(reg.installing));
		} catch {
			// no offline support in this browser session; the app itself still works
		}
	}

	/** Checks for a newer deployment now (also done by the browser on navigation). */
	async check(): Promise<void> {
		await this.#registration?.update().catch(() => undefined);
	}

	async apply(beforeReload: () => Promise<void>): Promise<void> {
		const waiting = this.#registration?.waiting;
		if (!waiting) return;
		await beforeReload();
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		waiting.postMessage('skipWaiting');
	}
}
