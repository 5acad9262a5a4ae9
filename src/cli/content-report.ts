// npm run content:report [-- --days 30] [-- --json]
// For editors, from the anonymous search analytics: what customers search for most, which searches find
// nothing (write or extend an article, or add a synonym), and which articles nobody reaches from search.
import { ContentIndex } from '../lib/content/resolve.ts';
import { loadContent } from '../lib/server/content/load.ts';
import { getDb } from '../lib/server/db/index.ts';
import { openedArticles, topQueries } from '../lib/server/db/search-events.ts';

const args = process.argv.slice(2);
const days = Number(args[args.indexOf('--days') + 1] ?? 30) || 30;
const since = Date.now() - days * 86_400_000;
const content = new ContentIndex((await loadContent(process.cwd())).manifest);
const db = await getDb();
const [top, empty, opened] = await Promise.all([
	topQueries(db, since, 25),
	topQueries(db, since, 25, true),
	openedArticles(db, since)
]);
const neverFound = content.articleIds().filter((id) => !opened.has(id));
await db.destroy();

if (args.includes('--json')) {
	console.log(
		JSON.stringify(
			{
				days,
				topQueries: top,
				zeroResultQueries: empty,
				neverFound,
				opened: Object.fromEntries(opened)
			},
			null,
			2
		)
	);
	process.exit(0);
}

const table = (rows: { locale: string; query: string; searches: number; opened: number }[]) =>
	rows.length
		? rows
				.map(
					(r) =>
						`  ${r.locale}  ${String(r.searches).padStart(5)}  ${String(r.opened).padStart(6)}  ${r.query}`
				)
				.join('\n')
		: '  (none)';
console.log(`Search report for the last ${days} days\n`);
console.log(`Top queries          locale  searches  opened  query\n${table(top)}\n`);
console.log(
	`Queries without results: write or extend an article, or add a synonym to content/<locale>/synonyms.txt\n${table(empty)}\n`
);
console.log('Articles never opened from search: check their titles and keywords');
for (const id of neverFound) {
	const meta = content.article(id, content.manifest.sourceLocale)?.meta;
	console.log(`  ${id.padEnd(22)} ${meta?.file.slice(1) ?? ''}`);
}
if (!neverFound.length) console.log('  (none)');
