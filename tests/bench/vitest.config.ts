import { defineConfig } from 'vitest/config';

// The benchmark harness: run by `npm run bench`, never by `npm test`.
export default defineConfig({
	test: {
		include: ['tests/bench/**/*.run.ts'],
		pool: 'forks',
		execArgv: ['--expose-gc'],
		testTimeout: 30 * 60_000,
		// setting up stages the synthetic tables and computes their rows: 10 s is not enough on a busy machine
		hookTimeout: 10 * 60_000
	}
});
