import { describe, expect, it } from 'vitest';
import { shellFor } from '../../src/service-worker/shell';

const pages = ['/', '/t/jindong-13th', '/t/jindong-14th'];

describe('the page that answers an offline address with no page of its own', () => {
	it('comes from the same folder depth, so its relative script addresses still resolve', () => {
		expect(shellFor('/t/no-such-table', pages)).toBe('/t/jindong-13th');
		expect(shellFor('/nowhere', pages)).toBe('/');
	});

	it('is the first page when no page has that depth', () => {
		expect(shellFor('/a/b/c', pages)).toBe('/');
		expect(shellFor('/t/x', [])).toBeUndefined();
	});
});
