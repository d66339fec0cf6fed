/**
 * Finds a Chromium to test with: $CHROMIUM_PATH, the system Chromium, or a
 * browser Playwright downloaded on a machine that has one. Fails with a clear
 * instruction when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	for (const path of SYSTEM) if (existsSync(path)) return path;
	let bundled: string | undefined;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	if (bundled && existsSync(bundled)) return bundled;
	throw new Error(
		'No Chromium found for the end-to-end tests. Install one with ' +
			'`sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, ' +
			'or set CHROMIUM_PATH to a Chromium or Chrome binary.'
	);
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];
