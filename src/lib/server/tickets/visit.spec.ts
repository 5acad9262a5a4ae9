import { describe, expect, it } from 'vitest';
import { normaliseTrail, parseReadArticles, parseSuggestedArticles, readTrail } from './visit';

const known = (id: string) => ['late-delivery', 'return-item'].includes(id);

describe('the visit trail', () => {
	it('keeps each article once, with its reads counted and first and last time', () => {
		const trail = normaliseTrail(
			{
				read: [
					{ id: 'late-delivery', locale: 'ru', at: 100 },
					{ id: 'return-item', locale: 'ru', at: 150 },
					{ id: 'late-delivery', locale: 'ru', at: 200 },
					{ id: 'gone-article', locale: 'ru', at: 250 }
				]
			},
			known
		);
		expect(trail.read).toEqual([
			{ id: 'late-delivery', locale: 'ru', count: 2, firstAt: 100, lastAt: 200 },
			{ id: 'return-item', locale: 'ru', count: 1, firstAt: 150, lastAt: 150 }
		]);
		expect(new Set(trail.read.map((r) => r.id)).size).toBe(trail.read.length);
	});

	it('keeps searches in order, counting a repeat of the query just before', () => {
		const s = (query: string, at: number) => ({ query, results: 3, opened: null, at });
		const trail = normaliseTrail(
			{ searches: [s('refund', 1), s('Refund ', 2), s('label', 3), s('refund', 4)] },
			known
		);
		expect(trail.searches.map((x) => [x.query, x.count, x.at])).toEqual([
			['refund', 2, 1],
			['label', 1, 3],
			['refund', 1, 4]
		]);
	});

	it('reads an old stored ticket (duplicates, no times) and garbage without failing', () => {
		const old = JSON.stringify({
			searches: [{ query: 'где заказ', results: 2, opened: 'late-delivery', at: 5 }],
			read: [
				{ id: 'late-delivery', locale: 'ru' },
				{ id: 'late-delivery', locale: 'ru' }
			]
		});
		expect(readTrail(old, known)).toEqual({
			searches: [{ query: 'где заказ', results: 2, opened: 'late-delivery', at: 5, count: 1 }],
			read: [{ id: 'late-delivery', locale: 'ru', count: 2, firstAt: null, lastAt: null }],
			suggested: []
		});
		expect(readTrail('{not json', known)).toEqual({ searches: [], read: [], suggested: [] });
		expect(readTrail('[1,2]', known)).toEqual({ searches: [], read: [], suggested: [] });
		expect(normaliseTrail({ searches: [null, { query: 7 }], read: 'x' }, known)).toEqual({
			searches: [],
			read: [],
			suggested: []
		});
	});

	it('takes only well-formed views from the browser', () => {
		expect(
			parseReadArticles(
				JSON.stringify([
					{ id: 'late-delivery', locale: 'ru', at: 1 },
					{ id: 'late-delivery', locale: 'xx' },
					{ id: '../etc', locale: 'en' },
					'nonsense',
					{ id: 'return-item', locale: 'en' }
				])
			)
		).toEqual([
			{ id: 'late-delivery', locale: 'ru', at: 1 },
			{ id: 'return-item', locale: 'en' }
		]);
		expect(parseReadArticles('not json')).toEqual([]);
	});

	it('keeps each article the contact form offered once, opened if it was opened any time', () => {
		const offered = parseSuggestedArticles(
			JSON.stringify([
				{ id: 'late-delivery', opened: false },
				{ id: 'return-item' },
				{ id: 'late-delivery', opened: true },
				{ id: 'gone-article', opened: true },
				{ id: '<script>', opened: true }
			])
		);
		expect(normaliseTrail({ suggested: offered }, known).suggested).toEqual([
			{ id: 'late-delivery', opened: true },
			{ id: 'return-item', opened: false }
		]);
		expect(parseSuggestedArticles('{"id":"late-delivery"}')).toEqual([]);
	});
});
