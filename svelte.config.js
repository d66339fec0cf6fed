import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A pure client app: one prerendered shell, everything else happens in the browser.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// registered by the page (state/app-update) so it can offer a reload when a new version waits
		serviceWorker: { register: false }
	}
};

export default config;
