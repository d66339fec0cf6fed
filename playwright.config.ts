import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/browser';

const PORT = 4173;
export const UPDATE_PORT = 4174;
export const UPDATE_DIR = '.update-build';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		trace: 'retain-on-failure'
	},
	webServer: [
		{
			// The built app, as it ships: `npm test` builds before this runs.
			command: `npx vite preview --port ${PORT} --strictPort`,
			url: `http://localhost:${PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// A copy of the build that the update test redeploys in place, apart from the others.
			command: `rm -rf ${UPDATE_DIR} && cp -r build ${UPDATE_DIR} && npx vite preview --port ${UPDATE_PORT} --strictPort --outDir ${UPDATE_DIR}`,
			url: `http://localhost:${UPDATE_PORT}`,
			reuseExistingServer: false,
			timeout: 60_000
		}
	]
});
