import { describe, expect, it } from 'vitest';
import { chosenFileProblems } from './uploads';

const MB = 1024 * 1024;
const png = (name: string, size: number) => ({ name, size, type: 'image/png' });

describe('the browser’s check of chosen files', () => {
	it('under a platform’s body limit, refuses files that together would not fit, before they are sent', () => {
		const files = [png('a.png', 2 * MB), png('b.png', 2 * MB)];
		expect(chosenFileProblems(files)).toEqual([]);
		expect(chosenFileProblems(files, 4 * MB)).toEqual([{ problem: 'body' }]);
		expect(chosenFileProblems([png('a.png', 3 * MB)], 4 * MB)).toEqual([]);
	});
});
