/**
 * Which spreadsheet functions a typed formula may use: arithmetic, logic and
 * the maths of growth — nothing that reaches outside the workbook. Formulas
 * arrive from people and from shared links; anything else is refused before
 * the engine sees it.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
	'ABS',
	'AND',
	'AVERAGE',
	'CHOOSE',
	'EXP',
	'FALSE',
	'IF',
	'IFERROR',
	'INDEX',
	'ISBLANK',
	'ISNUMBER',
	'LN',
	'LOG',
	'LOG10',
	'MAX',
	'MIN',
	'NA',
	'NOT',
	'OR',
	'POWER',
	'PRODUCT',
	'ROUND',
	'ROUNDDOWN',
	'ROUNDUP',
	'SQRT',
	'SUM',
	'SUMPRODUCT',
	'TRUE'
]);

/** Function names a formula calls that are not allowed (upper-cased, each once). */
export function forbiddenFunctions(formula: string): string[] {
	// text in quotes is data, not a call
	const code = formula.replace(/"[^"]*"/g, '""');
	const out = new Set<string>();
	for (const m of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
		const name = m[1]!.toUpperCase();
		if (!ALLOWED_FUNCTIONS.has(name)) out.add(name);
	}
	return [...out];
}
