/**
 * Public face of the engine: load a plan table, set inputs, read derived values
 * and their formulas. The only module tree that imports HyperFormula.
 */
export { createModel } from './model';
export type { Assumption, AssumptionKey, Derived, InputValue, Model } from './model';
export type { CellDescription, RowValues } from '../model/row';
export { ModelError } from './errors';
export type { ModelErrorKind } from './errors';
export type { CellValue } from './workbook';
