/**
 * Tells other tabs of this app what was saved, renamed or deleted, so a tab
 * never silently works on a stale copy. BroadcastChannel where the browser has
 * it; otherwise a no-op (each tab then still guards its saves by revision).
 */
export type Outgoing =
	{ kind: 'saved'; id: string; revision: number } | { kind: 'deleted'; id: string };

export type SyncMessage = Outgoing & { tab: string };

export class TabSync {
	readonly tab = Math.random().toString(36).slice(2);
	#channel: BroadcastChannel | null = null;

	constructor(onMessage: (m: SyncMessage) => void) {
		if (typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel('plan-indicator-notebook');
		this.#channel.onmessage = (e: MessageEvent<SyncMessage>) => {
			if (e.data && e.data.tab !== this.tab) onMessage(e.data);
		};
	}

	post(m: Outgoing): void {
		this.#channel?.postMessage({ ...m, tab: this.tab } satisfies SyncMessage);
	}

	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}
}
