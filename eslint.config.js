import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Layering (see STYLE.md): model imports nothing of the app; only engine imports HyperFormula. */
const noHyperFormula = {
	name: 'hyperformula',
	message: 'Only src/lib/engine may import HyperFormula.'
};
const noSvelte = {
	group: ['svelte', 'svelte/*', '$app/*', '*.svelte', '*.svelte.ts', '*.svelte.js'],
	message: 'The headless library (model/, engine/) must not depend on Svelte or SvelteKit.'
};
const DOM_GLOBALS = [
	'window',
	'document',
	'localStorage',
	'indexedDB',
	'navigator',
	'location'
].map((name) => ({
	name,
	message: 'model/ and engine/ run in Node too: no DOM or browser globals.'
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.update-build/',
			'.bench-build/',
			// a fixture app of its own, built by tests/bench/floor.run.ts
			'tests/bench/floor/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'no-restricted-imports': ['error', { paths: [noHyperFormula] }]
		}
	},
	{
		// engine/'s patches to HyperFormula's internals are checked against those internals
		files: ['tests/unit/shared-asts.test.ts'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		files: ['src/lib/engine/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [noSvelte] }],
			'no-restricted-globals': ['error', ...DOM_GLOBALS]
		}
	},
	{
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [noHyperFormula],
					patterns: [
						noSvelte,
						{
							group: ['../*', '$lib/*'],
							message: 'model/ is the bottom layer: it imports nothing else of the app.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', ...DOM_GLOBALS]
		}
	},
	{
		files: ['src/lib/tables/**', 'src/lib/format/**', 'src/lib/i18n/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [noHyperFormula],
					patterns: [
						noSvelte,
						{
							group: ['../engine', '../engine/*', '../state/*', '../ui/*'],
							message: 'This layer imports only model/.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/ui/**', 'src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [noHyperFormula],
					patterns: [
						{
							group: ['../engine', '../engine/*', '$lib/engine', '$lib/engine/*'],
							message: 'The UI renders state; it never talks to the engine directly.'
						}
					]
				}
			]
		}
	}
);
