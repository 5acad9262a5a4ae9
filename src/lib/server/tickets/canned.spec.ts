import { describe, expect, it } from 'vitest';
import { insertCanned } from '../db/canned';
import { testDatabases } from '../db/testing/databases';
import { desk } from './testing/desk';

describe.each(testDatabases())('canned answers on $name', (database) => {
	const d = desk(database);

	it('canned answers are stored per locale', async () => {
		const a = await insertCanned(
			d.db,
			{ locale: 'ru', title: 'Доставка', body: 'Hi', createdBy: null },
			d.now
		);
		await expect(
			insertCanned(d.db, { locale: 'ru', title: 'Доставка', body: 'Again', createdBy: null }, d.now)
		).rejects.toThrow();
		expect(a.locale).toBe('ru');
	});
});
