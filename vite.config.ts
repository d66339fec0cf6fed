import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// the engine's worker imports HyperFormula as a module, like the app
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/sources/**/*.test.ts'],
		environment: 'node'
	}
});
