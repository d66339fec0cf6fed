/**
 * Typed errors of the model's public API; `kind` is for code, `message` for people who
 * read English (logs, tests), `detail` what the page may add in any language beside the
 * reason it words itself from `kind`: a formula, a function name, an error value, a range.
 */
export type ModelErrorKind =
	| 'unknownIndicator'
	| 'notAnInput'
	| 'qualitative'
	| 'invalidFormula'
	| 'forbiddenFunction'
	| 'formulaError'
	| 'outOfRange';

export class ModelError extends Error {
	readonly kind: ModelErrorKind;
	readonly detail: string;
	constructor(kind: ModelErrorKind, message: string, detail = '') {
		super(message);
		this.name = 'ModelError';
		this.kind = kind;
		this.detail = detail;
	}
}
