/**
 * The data set's table of contents (static/data/index.json): which plan tables
 * and prose-figure files exist, with enough to fill the table picker without
 * fetching every table.
 */
import type { Localized } from './table';

export type CatalogTable = {
	id: string;
	title: Localized;
	plan: Localized;
	region: Localized;
	baseYear: number;
	targetYear: number;
};

export type Catalog = {
	type: 'dataIndex';
	schemaVersion: 1;
	tables: CatalogTable[];
	/** Prose-figure files, by id (file name without .json). */
	prose: string[];
};
