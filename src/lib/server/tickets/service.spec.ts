import { describe, expect, it } from 'vitest';
import { testDatabases } from '../db/testing/databases';
import { saveServiceSettings, settingsForm, DEFAULT_SETTINGS } from '../service-hours';
import { desk } from './testing/desk';

describe.each(testDatabases())('new tickets on $name', (database) => {
	const d = desk(database);

	it('due times follow service hours: Friday afternoon tickets are due Monday; holidays skip', async () => {
		const saved = await saveServiceSettings(d.db, {
			...settingsForm(DEFAULT_SETTINGS),
			holidays: '2026-11-30',
			firstResponseAmount: '2',
			firstResponseUnit: 'hours'
		});
		expect(saved.ok).toBe(true);
		d.now = Date.UTC(2026, 10, 27, 15); // Friday 16:00 in Oslo
		const t = await d.ticket(await d.person('c@shop.test'));
		expect(t.due_at).toBe(Date.UTC(2026, 11, 1, 9)); // Tuesday 10:00: Monday is a holiday
		const bad = await saveServiceSettings(d.db, {
			...settingsForm(DEFAULT_SETTINGS),
			timeZone: 'Mars/Olympus',
			start: '18:00',
			end: '09:00',
			holidays: '2026-13-01',
			days: []
		});
		expect(bad.ok).toBe(false);
		const paths = bad.ok ? [] : Object.keys(bad.fields ?? {});
		expect(paths).toEqual(expect.arrayContaining(['timeZone', 'holidays', 'days']));
	});
});
