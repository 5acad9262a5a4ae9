import { building } from '$app/environment';
import { content } from './index';
import { settings } from '$lib/server/env';
import { getDb } from '$lib/server/db';
import { voteTotals, type VoteTotals } from '$lib/server/db/votes';

/**
 * Lower bound of the 95% Wilson interval of the "yes" share: an article with 40 of 45 helpful votes ranks
 * above one with 2 of 2, which a plain share would not do.
 */
export function wilsonLowerBound({ yes, no }: VoteTotals, z = 1.96): number {
	const n = yes + no;
	if (n === 0) return 0;
	const p = yes / n;
	const z2 = z * z;
	return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}

/**
 * The articles to show as "most helpful": by readers' votes when there are any, then by how many other
 * articles link to them (what editors point readers to). Computed when the home page is built.
 */
export async function mostHelpful(limit: number): Promise<string[]> {
	let totals = new Map<string, VoteTotals>();
	try {
		// a serverless build never opens the production database (and ranks by links): it is not migrated yet
		if (!(building && settings.buildTarget() === 'vercel')) totals = await voteTotals(await getDb());
	} catch (error) {
		console.warn(
			`Most helpful articles: no vote data (${(error as Error).message}); ranking by links.`
		);
	}
	const incoming = new Map<string, number>();
	for (const a of content.manifest.articles) {
		if (a.locale !== content.manifest.sourceLocale) continue;
		for (const target of a.links) incoming.set(target, (incoming.get(target) ?? 0) + 1);
	}
	const none = { yes: 0, no: 0 };
	return content
		.articleIds()
		.map((id) => ({
			id,
			score: wilsonLowerBound(totals.get(id) ?? none),
			links: incoming.get(id) ?? 0
		}))
		.sort((a, b) => b.score - a.score || b.links - a.links || a.id.localeCompare(b.id))
		.slice(0, limit)
		.map((r) => r.id);
}
