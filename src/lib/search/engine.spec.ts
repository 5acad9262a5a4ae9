import { describe, expect, it } from 'vitest';
import { pairTerm, SearchIndex, type SearchSource } from './engine';
import { searchFileCache, searchHelpCentre } from './help-centre';
import { buildIndexData, openIndexData, parseSynonyms, splitIndex, splitPaths } from './split';
import type { SearchManifest } from './shards';

const source = (id: string, title: string, extra: Partial<SearchSource> = {}): SearchSource => ({
	id,
	title,
	description: '',
	keywords: [],
	headings: [],
	body: '',
	...extra
});

const nb = await openIndexData(
	await buildIndexData(
		'nb',
		[
			source('late', 'Pakken min er forsinket', {
				keywords: ['hvor er pakken'],
				body: 'Sporingslenken står i e-posten.'
			}),
			source('wrong', 'Jeg fikk feil vare', { description: 'Varen var skadet da den kom.' }),
			source('password', 'Glemt passordet?', { headings: ['Lenken virker ikke'] })
		],
		parseSynonyms('# test\nødelagt, skadet, knust\nforsendelse, pakke\n')
	)
);
const en = await openIndexData(
	await buildIndexData(
		'en',
		[source('privacy', 'Cookies and your data'), source('late', 'My parcel is late')],
		[]
	)
);

describe('SearchIndex', () => {
	it('ranks the title match first and finds words while they are typed', () => {
		expect(nb.search('pakken')[0]?.id).toBe('late');
		expect(nb.search('passo')[0]?.id).toBe('password');
	});

	it('completes only the last word: one the customer typed on from is finished', () => {
		const completed = (plan: ReturnType<typeof en.plan>, i: number) =>
			plan.slots[i]!.alternatives.some((a) => a.kind === 'completion');
		expect(completed(en.plan('data parc'), 1)).toBe(true);
		expect(completed(en.plan('parc data'), 0)).toBe(false);
		expect(en.search('data parc').map((h) => h.id)).toContain('late');
	});

	it('applies editors’ synonyms at query time', () => {
		expect(nb.search('ødelagt vare')[0]?.id).toBe('wrong');
		expect(nb.search('forsendelsen min')[0]?.id).toBe('late');
	});

	it('finds a phrase through a word’s synonym as through the word', () => {
		const plan = nb.plan('forsendelse forsinket');
		const [word, next] = plan.slots;
		const synonym = word!.alternatives.find((a) => a.kind === 'synonym')!.term;
		expect(plan.pairs).toEqual([expect.arrayContaining([pairTerm(synonym, next!.term)])]);
		// the title's words (0.9 for the synonym) and the pair bonus
		expect(nb.search('forsendelse forsinket')[0]!.score).toBeGreaterThan(1);
	});

	it('shows only confident results: most of the query matched, and no tail', () => {
		expect(nb.search('hvor er pakken min').map((h) => h.id)).toEqual(['late']);
		expect(nb.search('faktura med mva')).toEqual([]);
		const [hit] = nb.search('pakken er forsinket');
		expect(hit!.score).toBeGreaterThan(0.9);
	});

	it('highlights the words that matched, as text segments', () => {
		const { terms } = nb.plan('glemt pasord');
		expect(nb.highlight('Glemt passordet?', terms)).toEqual([
			{ text: 'Glemt', hit: true },
			{ text: ' ', hit: false },
			{ text: 'passordet', hit: true },
			{ text: '?', hit: false }
		]);
	});

	it('never turns markup in article text into markup', () => {
		const segments = nb.highlight('<b>pakken</b>', nb.plan('pakken').terms);
		expect(segments.map((s) => s.text).join('')).toBe('<b>pakken</b>');
		expect(segments).toEqual([
			{ text: '<b>', hit: false },
			{ text: 'pakken', hit: true },
			{ text: '</b>', hit: false }
		]);
	});
});

describe('searchHelpCentre', () => {
	it('fills in from English, labelled, when the reader’s language has too few answers', async () => {
		const results = await searchHelpCentre('nb', nb, async () => en, 'cookies');
		expect(results).toEqual([expect.objectContaining({ id: 'privacy', lang: 'en' })]);
	});

	it('does not mix languages when the reader’s own articles answer', async () => {
		let asked = false;
		const results = await searchHelpCentre('nb', nb, async () => ((asked = true), en), 'pakken');
		expect(results.length).toBeGreaterThanOrEqual(1);
		expect(asked).toBe(false);
		expect(results.every((r) => r.lang === undefined)).toBe(true);
	});

	it('searches English for a locale without content', async () => {
		const results = await searchHelpCentre('fr', undefined, async () => en, 'parcel late');
		expect(results[0]).toMatchObject({ id: 'late', lang: 'en' });
	});
});

describe('searchFileCache', () => {
	it('loads and opens each file once, so every caller shares one index per key', async () => {
		const data = await buildIndexData('en', [source('late', 'My parcel is late')], []);
		const files = new Map<string, string>();
		let n = 0;
		const hash = () => String(n++);
		const { manifest: index, files: shards } = splitIndex(data, hash);
		const manifests: Record<string, SearchManifest> = {
			en: { v: 2, reader: 'en', paths: splitPaths('en', { late: '/en/late' }, files, hash), index },
			fr: { v: 2, reader: 'fr', paths: [] }
		};
		const loads: string[] = [];
		const open = searchFileCache(async (key: string) => {
			loads.push(key);
			return {
				file: manifests[key]!,
				read: async (name: string) => JSON.parse((shards.get(name) ?? files.get(name))!)
			};
		});
		const [a, b] = await Promise.all([open('en'), open('en')]);
		expect(a.index).toBeInstanceOf(SearchIndex);
		expect(b.index).toBe(a.index);
		const plan = await a.index!.prepare('parcel');
		expect(a.index!.run(plan, 10)[0]?.id).toBe('late');
		expect(await a.href('late')).toBe('/en/late');
		expect((await open('fr')).index).toBeUndefined();
		expect(loads).toEqual(['en', 'fr']);
	});
});

describe('parseSynonyms', () => {
	it('reads groups, skips comments and single entries', () => {
		expect(parseSynonyms('# c\nparcel, package , shipment\n\nlonely\nfoo,bar # trailing')).toEqual([
			['parcel', 'package', 'shipment'],
			['foo', 'bar']
		]);
	});
});
