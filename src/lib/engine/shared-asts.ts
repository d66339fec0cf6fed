/**
 * HyperFormula 3.5 parses a formula once per shape (its cache is keyed by the
 * formula with relative references), but then hands every cell a copy of the
 * cached tree: `convertReversedRangesToRegularRanges` rebuilds each operator,
 * parenthesis and function-call node to put a reversed range (B9:B2) in order,
 * whether or not the formula has a range. Our rows hold the same ten or so
 * formulas each, so those copies were most of a model's heap: about 6 objects
 * and 0.5 KB per formula cell.
 *
 * `shareParsedAsts` makes that step return the cached tree itself when the tree
 * holds no range, and calls the library's own code otherwise. The library
 * treats trees as values (its transformers copy and re-intern them through the
 * same cache). The one node it writes to is a HYPERLINK call, which records its
 * evaluated address on itself, so a tree with one is copied as before.
 */
import { internalPrototypes } from './internals';

type Node = { type?: unknown; [field: string]: unknown };
type Convert = (this: unknown, ast: Node) => Node;
type ParserMethods = { convertReversedRangesToRegularRanges: Convert };

const LEAVES = new Set([
	'EMPTY',
	'NUMBER',
	'STRING',
	'ERROR',
	'ERROR_WITH_RAW_INPUT',
	'CELL_REFERENCE',
	'NAMED_EXPRESSION'
]);
const UNARY = new Set(['MINUS_UNARY_OP', 'PLUS_UNARY_OP', 'PERCENT_OP']);
const BINARY = new Set([
	'CONCATENATE_OP',
	'EQUALS_OP',
	'NOT_EQUAL_OP',
	'GREATER_THAN_OP',
	'LESS_THAN_OP',
	'GREATER_THAN_OR_EQUAL_OP',
	'LESS_THAN_OR_EQUAL_OP',
	'PLUS_OP',
	'MINUS_OP',
	'TIMES_OP',
	'DIV_OP',
	'POWER_OP'
]);

/**
 * True when cells may share the tree: it holds no range (the library's
 * conversion would change it), no HYPERLINK call (evaluation writes to it), and
 * no node of a kind this file does not know (a later version's).
 */
export function shareable(ast: Node): boolean {
	const t = ast.type;
	if (typeof t !== 'string') return false;
	if (LEAVES.has(t)) return true;
	if (UNARY.has(t)) return shareable(ast.value as Node);
	if (BINARY.has(t)) return shareable(ast.left as Node) && shareable(ast.right as Node);
	if (t === 'PARENTHESES') return shareable(ast.expression as Node);
	if (t === 'FUNCTION_CALL')
		return (
			ast.procedureName !== 'HYPERLINK' && Array.isArray(ast.args) && ast.args.every(shareable)
		);
	if (t === 'ARRAY')
		return Array.isArray(ast.args) && ast.args.every((r) => Array.isArray(r) && r.every(shareable));
	return false;
}

let installed: boolean | undefined;

/** Installs the sharing once; false when the library's internals are not the ones this relies on. */
export function shareParsedAsts(): boolean {
	if (installed !== undefined) return installed;
	const proto = internalPrototypes().parser as Partial<ParserMethods> | null;
	const convert = proto?.convertReversedRangesToRegularRanges;
	installed = !!proto && typeof convert === 'function';
	if (installed && proto && convert)
		proto.convertReversedRangesToRegularRanges = function (this: unknown, ast: Node) {
			return shareable(ast) ? ast : convert.call(this, ast);
		};
	return installed;
}
