import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inMemory, openSearch } from '../../cli/search-files';
import { buildSearchFiles } from '$lib/server/search/build';
import { evaluate, parseQueries } from './evaluate';

describe('parseQueries', () => {
	it('reads queries and refuses a malformed line with its number', () => {
		expect(parseQueries('# comment\nnb\tpakke\tlate-delivery,wrong-item\nnb\tmva\t-\n')).toEqual([
			{ locale: 'nb', query: 'pakke', expected: ['late-delivery', 'wrong-item'], line: 2 },
			{ locale: 'nb', query: 'mva', expected: [], line: 3 }
		]);
		expect(() => parseQueries('nb\tpakke\n')).toThrow('line 1');
		expect(() => parseQueries('xx\tpakke\tid\n')).toThrow('line 1');
	});
});

describe('search quality on the shipped evaluation sets (tests/search/*.tsv)', async () => {
	const root = path.resolve('.');
	const dir = path.join(root, 'tests/search');
	const queries = fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.tsv'))
		.flatMap((name) => parseQueries(fs.readFileSync(path.join(dir, name), 'utf8')));
	const search = openSearch(inMemory(await buildSearchFiles(root)));
	const report = await evaluate(queries, async (q) =>
		(await search(q.locale, q.query)).map((r) => r.id)
	);
	const locales = ['en', 'nb', 'sv', 'ru', 'de', 'fr', 'nl', 'ar'] as const;

	it('covers at least 30 queries in each locale with articles', () => {
		for (const locale of locales)
			expect(report.byLocale[locale]?.queries).toBeGreaterThanOrEqual(30);
	});

	// the floors README.md states (Search): below them npm test fails; raise them as search improves, never lower
	it('puts a right answer first for at least 88% of queries overall, and in the top 3 for 95%', () => {
		expect(report.overall.recallAt1).toBeGreaterThanOrEqual(0.88);
		expect(report.overall.recallAt3).toBeGreaterThanOrEqual(0.95);
	});

	it.each(locales)('and first for at least 84%, in the top 3 for 92%, in %s', (locale) => {
		expect(report.byLocale[locale]!.recallAt1).toBeGreaterThanOrEqual(0.84);
		expect(report.byLocale[locale]!.recallAt3).toBeGreaterThanOrEqual(0.92);
	});

	it('declines at least 63% of the queries no article answers, and has at least 90 of them', () => {
		expect(report.unanswerable.queries).toBeGreaterThanOrEqual(90);
		expect(report.unanswerable.declined / report.unanswerable.queries).toBeGreaterThanOrEqual(0.63);
	});
});
