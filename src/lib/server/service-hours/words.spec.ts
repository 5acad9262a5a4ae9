// The service hours in each language's own words: the days written out, and the zone named as people there
// name it (never "CET" in one language and "GMT+1" in another).
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { DEFAULT_SETTINGS, describeHours, formatDue, zoneName } from './index';

describe('service hours in words', () => {
	it.each([
		['en', 'Monday–Friday', 'Central European Time'],
		['nb', 'mandag–fredag', 'sentraleuropeisk tid'],
		['sv', 'måndag–fredag', 'centraleuropeisk tid'],
		['ru', 'понедельник–пятница', 'Центральная Европа'],
		['de', 'Montag–Freitag', 'Mitteleuropäische Zeit'],
		['fr', 'lundi–vendredi', 'heure d’Europe centrale'],
		['nl', 'maandag–vrijdag', 'Midden-Europese tijd'],
		['ar', 'الاثنين–الجمعة', 'توقيت وسط أوروبا']
	] as const)('%s: %s, %s', (locale, days, zone) => {
		expect(describeHours(DEFAULT_SETTINGS, locale)).toEqual({
			days,
			start: '09:00',
			end: '17:00',
			zone
		});
	});

	it('reads as one sentence on the contact page and in the mail', () => {
		expect(translator('en').contact.hours(describeHours(DEFAULT_SETTINGS, 'en'))).toBe(
			'Support hours: Monday–Friday, 09:00–17:00 (Central European Time). The help centre is open 24/7.'
		);
		expect(translator('ru').contact.hours(describeHours(DEFAULT_SETTINGS, 'ru'))).toBe(
			'Поддержка работает: понедельник–пятница, с 09:00 до 17:00, часовой пояс — Центральная Европа. Справочный центр доступен круглосуточно.'
		);
	});

	it('lists days that are not a run, and names the zone the same all year', () => {
		const hours = { ...DEFAULT_SETTINGS, days: [6, 1, 3] };
		expect(describeHours(hours, 'en').days).toBe('Monday, Wednesday, and Saturday');
		expect(describeHours(hours, 'nb').days).toBe('mandag, onsdag og lørdag');
	});

	it('a due time names its zone as the hours do, summer or winter', () => {
		const winter = Date.UTC(2026, 11, 7, 9);
		const summer = Date.UTC(2026, 6, 6, 8);
		expect(formatDue(winter, 'nb', null, DEFAULT_SETTINGS)).toBe(
			'mandag 7. desember kl. 10:00 (sentraleuropeisk tid)'
		);
		expect(formatDue(summer, 'nb', null, DEFAULT_SETTINGS)).toBe(
			'mandag 6. juli kl. 10:00 (sentraleuropeisk tid)'
		);
		expect(formatDue(winter, 'ru', null, DEFAULT_SETTINGS)).toBe(
			'понедельник, 7 декабря в 10:00 (Центральная Европа)'
		);
		// the customer's own zone, when they gave one with a call-back window
		expect(formatDue(winter, 'en', 'America/New_York', DEFAULT_SETTINGS)).toBe(
			'Monday, December 7 at 04:00 (Eastern Time)'
		);
	});

	it('a zone without a name of its own is shown by its id rather than as an offset', () => {
		expect(zoneName('UTC', 'nb')).toBe('UTC');
		expect(zoneName('Europe/Oslo', 'en')).toBe('Central European Time');
	});
});
