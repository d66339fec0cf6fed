/**
 * localforage, loaded on first use: evaluating it tests every storage driver (about 15 ms at
 * full speed, 60 ms on a slow phone), and no storage is read before the first table paints.
 */
let loading: Promise<LocalForage> | null = null;

export function loadLocalforage(): Promise<LocalForage> {
	return (loading ??= import('localforage').then((m) => m.default));
}
