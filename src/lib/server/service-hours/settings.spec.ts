import { describe, expect, it } from 'vitest';
import type { DB } from '../db';
import { freshEachTest, testDatabases } from '../db/testing/databases';
import {
	DEFAULT_SETTINGS,
	loadServiceSettings,
	saveServiceSettings,
	settingsForm,
	updateServiceSettings
} from './index';

describe.each(testDatabases())('service settings on $name', (database) => {
	let db: DB;
	freshEachTest(database, (opened) => (db = opened));

	it('reads the defaults until saved, then what was saved; a partial update keeps the rest', async () => {
		expect(await loadServiceSettings(db)).toEqual(DEFAULT_SETTINGS);
		const saved = await saveServiceSettings(db, {
			...settingsForm(DEFAULT_SETTINGS),
			days: ['5', '1', '1'],
			holidays: '2026-12-25 2026-12-24',
			firstResponseAmount: '2',
			firstResponseUnit: 'hours'
		});
		expect(saved.ok).toBe(true);
		expect(await loadServiceSettings(db)).toMatchObject({
			days: [1, 5],
			holidays: ['2026-12-24', '2026-12-25'],
			firstResponse: { amount: 2, unit: 'hours' }
		});
		expect(await updateServiceSettings(db, { surveyDelayHours: 3 })).toMatchObject({ ok: true });
		expect(await loadServiceSettings(db)).toMatchObject({ days: [1, 5], surveyDelayHours: 3 });
	});

	it('refuses every wrong field at once, with a message key each, and keeps what was stored', async () => {
		const bad = await saveServiceSettings(db, {
			...settingsForm(DEFAULT_SETTINGS),
			timeZone: 'Mars/Olympus',
			start: '18:00',
			end: '09:00',
			holidays: '2026-13-01',
			days: [],
			surveyDelayHours: '-1'
		});
		expect(bad).toEqual({
			ok: false,
			status: 422,
			code: 'invalid_request',
			message: 'invalidRequest',
			fields: {
				timeZone: 'invalidTimeZone',
				days: 'noDays',
				holidays: 'invalidDate',
				surveyDelayHours: 'invalidDelay',
				end: 'endBeforeStart'
			}
		});
		expect(await loadServiceSettings(db)).toEqual(DEFAULT_SETTINGS);
	});
});
