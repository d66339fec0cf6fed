/**
 * `/index.html` is the home page's file, and some hosts and bookmarks use that address.
 * The client router had no route for it and showed a bare "404 Not Found": it now routes
 * any `…/index.html` as the folder's address, and the address bar keeps what was typed.
 */
import type { Reroute } from '@sveltejs/kit';

export const reroute: Reroute = ({ url }) => {
	if (url.pathname.endsWith('/index.html')) return url.pathname.slice(0, -'index.html'.length);
};
