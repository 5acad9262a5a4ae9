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

/** How long a server keeps the votes it ranked by before it reads them again. */
export const VOTES_KEPT_MS = 10 * 60 * 1000;

let kept: { at: number; totals: Map<string, VoteTotals> } | undefined;

/**
 * The votes to rank by: none while a serverless build renders the homes (it never opens the production
 * database, which is not migrated yet: it ranks by links); else the database's, read again at most every
 * VOTES_KEPT_MS by a server that renders the home on request (a serverless function: see the home page).
 */
async function votesToRankBy(now: number): Promise<Map<string, VoteTotals>> {
	if (building && settings.buildTarget() === 'vercel') return new Map();
	if (!building && kept && now - kept.at < VOTES_KEPT_MS) return kept.totals;
	try {
		const totals = await voteTotals(await getDb());
		if (!building) kept = { at: now, totals };
		return totals;
	} catch (error) {
		console.warn(
			`Most helpful articles: no vote data (${(error as Error).message}); ranking by links.`
		);
		return new Map();
	}
}

/**
 * The articles to show as "most helpful": by readers' votes when there are any, then by how many other
 * articles link to them (what editors point readers to). adapter-node ranks them when it prerenders the home
 * page; a serverless function when it renders it on request.
 */
export async function mostHelpful(limit: number, now = Date.now()): Promise<string[]> {
	const totals = await votesToRankBy(now);
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
