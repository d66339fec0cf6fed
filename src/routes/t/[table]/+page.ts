// One prerendered shell per table in the data set, so every table has its own address.
import type { EntryGenerator } from './$types';
import index from '../../../../static/data/index.json';

export const entries: EntryGenerator = () => index.tables.map((t) => ({ table: t.id }));
