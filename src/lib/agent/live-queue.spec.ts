import { describe, expect, it } from 'vitest';
import { arrange, contents, titled } from './live-queue';

const t = (ref: string, status = 'open') => ({ ref, status });

describe('the inbox as it updates live', () => {
	it('puts rows the agent knows in their new order, and keeps new ones back', () => {
		const fresh = [t('C'), t('A'), t('N'), t('B')];
		const { rows, waiting } = arrange(fresh, new Set(['A', 'B', 'C']), null);
		expect(rows.map((r) => r.ref)).toEqual(['C', 'A', 'B']);
		expect(waiting.map((r) => r.ref)).toEqual(['N']);
	});

	it('moves nothing under the pointer: held rows keep their places, gone ones leave', () => {
		const fresh = [t('C'), t('A')];
		const { rows } = arrange(fresh, new Set(['A', 'B', 'C']), ['A', 'B', 'C']);
		expect(rows.map((r) => r.ref)).toEqual(['A', 'C']);
	});

	it('marks the rows whose content changed, not the others', () => {
		const before = contents([t('A'), t('B')]);
		const { changed } = arrange([t('A', 'pending'), t('B')], new Set(['A', 'B']), null, before);
		expect([...changed]).toEqual(['A']);
	});

	it('counts what is new in the title', () => {
		expect(titled('Inbox · Workspace', 3)).toBe('(3) Inbox · Workspace');
		expect(titled('Inbox · Workspace', 0)).toBe('Inbox · Workspace');
	});
});
