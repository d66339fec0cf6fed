/** Typed errors of the model's public API; `kind` is for code, `message` for people. */
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
	constructor(kind: ModelErrorKind, message: string) {
		super(message);
		this.name = 'ModelError';
		this.kind = kind;
	}
}
