// Queries for the generated corpus, in search:eval's TSV format: what a reader half-remembers of a title (two
// of its words), the same with a letter dropped, and a word still being typed. Each expects its article, so
// search:eval and the bench run the same first queries on the same content.
// npx tsx src/cli/bench/corpus-queries.ts DIR [PER_LOCALE] > queries.tsv
import fs from 'node:fs';
import path from 'node:path';

export interface CorpusQuery {
	locale: string;
	query: string;
	id: string;
}

const titleOf = (file: string) => /^title: (.*)$/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';

/** `perLocale` queries per locale over dir/content, from every `step`-th article's title. */
export function corpusQueries(dir: string, perLocale = 60): CorpusQuery[] {
	const queries: CorpusQuery[] = [];
	for (const locale of fs.readdirSync(path.join(dir, 'content')).sort()) {
		const files = fs
			.readdirSync(path.join(dir, 'content', locale), { recursive: true, encoding: 'utf8' })
			.filter((f) => /article-\d+\.md$/.test(f))
			.sort((a, b) => Number(/(\d+)\.md$/.exec(a)![1]) - Number(/(\d+)\.md$/.exec(b)![1]));
		const step = Math.max(1, Math.floor(files.length / perLocale));
		for (let i = 0; i * step < files.length && i < perLocale; i++) {
			const file = files[i * step]!;
			const id = path.basename(file, '.md');
			const words = titleOf(path.join(dir, 'content', locale, file))
				.toLowerCase()
				.split(' ');
			const two = words.slice(-2);
			let query = two.join(' ');
			if (i % 3 === 1 && two[0]!.length > 5)
				query = [two[0]!.slice(0, 2) + two[0]!.slice(3), two[1]].join(' ');
			if (i % 3 === 2) query = `${two[0]} ${two[1]!.slice(0, Math.max(2, two[1]!.length - 3))}`;
			queries.push({ locale, query, id });
		}
	}
	return queries;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? '.';
	const perLocale = Number(process.argv[3] ?? 60);
	for (const q of corpusQueries(dir, perLocale)) console.log(`${q.locale}\t${q.query}\t${q.id}`);
}
