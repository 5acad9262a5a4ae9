import { describe, expect, it } from 'vitest';
import { fold } from './analyzer';
import { stemArabic } from './arabic';

const stem = (word: string) => stemArabic(fold(word));

describe('the light Arabic stemmer', () => {
	it('meets a word with and without its article, glued particles, hamza and taa marbuta', () => {
		for (const word of ['التذكرة', 'التذكره', 'تذكرة', 'بالتذكرة', 'والتذكرة', 'تذكرتي'])
			expect(stem(word)).toBe(stem('تذكرة'));
		expect(stem('الإرجاع')).toBe(stem('ارجاع'));
		expect(stem('مكالمه')).toBe(stem('مكالمة'));
	});

	it('drops possessive endings and plurals, and the ت a possessive leaves behind', () => {
		expect(stem('طلبيتي')).toBe(stem('الطلبية'));
		expect(stem('بياناتي')).toBe(stem('البيانات'));
		expect(stem('حسابك')).toBe(stem('الحساب'));
		expect(stem('الموظفين')).toBe(stem('موظف'));
	});

	it('keeps at least two letters of short words, and the letters of a noun', () => {
		expect(stem('بيانات')).toBe('بيان');
		expect(stem('دفع')).toBe('دفع');
		expect(stem('ملف')).toBe('ملف');
	});
});
