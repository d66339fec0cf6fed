import { describe, expect, it } from 'vitest';
import { historyStep } from '../../src/lib/ui/grid-keys';

const key = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}) => ({
	key,
	ctrlKey: mods.ctrl ?? false,
	metaKey: mods.meta ?? false,
	shiftKey: mods.shift ?? false
});

describe('historyStep', () => {
	it('reads undo and redo with Ctrl or ⌘, as spreadsheets do', () => {
		expect(historyStep(key('z', { ctrl: true }))).toBe('undo');
		expect(historyStep(key('z', { meta: true }))).toBe('undo');
		// Caps Lock, or Shift on some layouts, gives a capital letter
		expect(historyStep(key('Z', { ctrl: true }))).toBe('undo');
		expect(historyStep(key('y', { ctrl: true }))).toBe('redo');
		expect(historyStep(key('Z', { meta: true, shift: true }))).toBe('redo');
	});

	it('leaves every other key alone', () => {
		expect(historyStep(key('z'))).toBeNull();
		expect(historyStep(key('y', { shift: true }))).toBeNull();
		expect(historyStep(key('x', { ctrl: true }))).toBeNull();
		expect(historyStep(key('Enter', { ctrl: true }))).toBeNull();
	});
});
