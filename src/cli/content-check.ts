// npm run content:check [-- --json] [-- --root DIR]
// Validates every file under content/ (file:line messages, exit 1 on any problem), then prints the
// translation status: which locales have each article, which are missing, which are stale.
import path from 'node:path';
import { formatIssues, loadContent } from '../lib/server/content/load.ts';
import { statusSummary, translationStatus } from '../lib/server/content/status.ts';
import { LOCALES } from '../lib/i18n/locales.ts';

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = path.resolve(rootIndex >= 0 ? (args[rootIndex + 1] ?? '.') : '.');
const { manifest, drafts, issues } = await loadContent(root);
const rows = translationStatus(manifest);
const summary = statusSummary(rows);

if (args.includes('--json')) {
	console.log(
		JSON.stringify({ issues, drafts: drafts.map((d) => d.file), status: rows, summary }, null, 2)
	);
	process.exit(issues.length ? 1 : 0);
}

if (issues.length) {
	console.error(formatIssues(issues));
	console.error(
		`\n✗ ${issues.length} problem(s) in content/. The build refuses content with problems.\n`
	);
} else {
	console.log(
		`✓ content/ is valid: ${manifest.articles.length} published articles, ${manifest.categories.length} category files, ${drafts.length} draft(s).\n`
	);
}

const mark = { source: 'src', current: ' ✓ ', stale: 'old', missing: ' · ' } as const;
const idWidth = Math.max(10, ...rows.map((r) => r.id.length));
console.log(
	'Translation status (src = source, ✓ = current, old = source updated since, · = missing)\n'
);
console.log(`${'article'.padEnd(idWidth)}  ${LOCALES.map((l) => l.padEnd(3)).join(' ')}`);
for (const row of rows) {
	console.log(
		`${row.id.padEnd(idWidth)}  ${LOCALES.map((l) => mark[row.locales[l].state]).join(' ')}`
	);
}
console.log(`\n${'locale'.padEnd(8)} current  stale  missing`);
for (const s of summary)
	console.log(
		`${s.locale.padEnd(8)} ${String(s.current).padStart(7)}  ${String(s.stale).padStart(5)}  ${String(s.missing).padStart(7)}`
	);
const stale = rows.flatMap((r) =>
	LOCALES.filter((l) => r.locales[l].state === 'stale').map((l) => ({ r, l }))
);
if (stale.length) {
	console.log('\nStale translations (update the text, then its `updated` date):');
	for (const { r, l } of stale) {
		console.log(
			`  content/${l}/${r.category}/${r.id}.md  ${r.locales[l].updated} < source ${r.updated}`
		);
	}
}
process.exit(issues.length ? 1 : 0);
