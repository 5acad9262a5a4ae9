import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, contentHash } from '$lib/server/search/build';
import type { Locale } from '$lib/i18n/locales';
import { searchFileCache, searchLinked } from './help-centre';
import { lookups } from './engine';
import { parseQueries } from './evaluate';
import { bucketOf, termShard, termTable, type TermShard } from './shards';

const root = path.resolve('.');
const built = await buildSearchFiles(root);
const queries = parseQueries(fs.readFileSync(path.join(root, 'tests/search/queries.tsv'), 'utf8'));

/** The sample's search files opened as a browser opens them, recording every shard read. */
function open(reads: string[] = []) {
	const cache = searchFileCache(async (locale: Locale) => ({
		file: built.manifests.get(locale)!,
		read: async (name: string) => (reads.push(name), JSON.parse(built.files.get(name)!))
	}));
	return {
		reads,
		search: async (locale: Locale, query: string) =>
			searchLinked(await cache(locale), () => cache('en'), query, 10),
		index: async (locale: Locale) => (await cache(locale)).index!,
		/** every shard read up front: the index as one file */
		whole: async (locale: Locale) => (await cache(locale)).index!.loadAll()
	};
}

describe('sharded search files', () => {
	it('name every shard by its content hash', () => {
		for (const [name, json] of built.files) {
			const hash = /^[a-z]{2}-[tsedp]-([0-9a-f]{10})\.json$/.exec(name)?.[1];
			expect(hash, name).toBe(contentHash(json));
		}
	});

	it('keep a small help centre to a few files: one vocabulary shard, each article id once per term shard', () => {
		for (const locale of ['en', 'nb', 'sv', 'ru'] as const) {
			const index = built.manifests.get(locale)!.index!;
			const vocabulary = new Set([...Object.values(index.starts), ...Object.values(index.ends)]);
			expect(vocabulary.size, locale).toBe(1);
			for (const [, hash] of index.terms) {
				const shard = JSON.parse(built.files.get(`${locale}-t-${hash}.json`)!) as TermShard;
				expect(new Set(shard.ids).size).toBe(shard.ids.length);
				expect(JSON.stringify(shard.fields)).not.toMatch(/"[a-z]+-[a-z-]+"\]/);
			}
		}
	});

	it('a query loads only the term shards of its terms and the documents it shows', async () => {
		const { reads, search, index: opened } = open();
		const results = await search('nb', 'glemt passord');
		const index = built.manifests.get('nb')!.index!;
		const table = termTable(index.terms);
		const terms = reads.filter((n) => n.startsWith('nb-t-'));
		const planned = lookups((await opened('nb')).plan('glemt passord'));
		const needed = new Set(
			planned
				.map((t) => termShard(t, table))
				.filter((s) => s !== undefined)
				.map((s) => `nb-t-${index.terms[s]![1]}.json`)
		);
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.every((n) => needed.has(n))).toBe(true);
		expect(terms.length).toBeLessThan(index.terms.length);
		const docs = reads.filter((n) => n.startsWith('nb-d-'));
		const shown = new Set(
			results.map((r) => `nb-d-${index.docs[bucketOf(r.id, index.docs.length)]}.json`)
		);
		expect(new Set(docs)).toEqual(shown);
		expect(reads.filter((n) => n.startsWith('en-'))).toEqual([]);
	});

	it('gives every sample query the same results, highlights and links as the index read whole', async () => {
		const whole = open();
		for (const locale of ['en', 'nb', 'sv', 'ru'] as const) await whole.whole(locale);
		for (const q of queries) {
			const sharded = open();
			expect(await sharded.search(q.locale, q.query), `${q.locale} ${q.query}`).toEqual(
				await whole.search(q.locale, q.query)
			);
			// …and a cold start reads a small part of the index
			expect(sharded.reads.length).toBeLessThan(built.files.size / 2);
		}
	});
});
