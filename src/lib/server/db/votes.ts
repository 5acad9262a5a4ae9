import type { DB } from './index';

export interface VoteInput {
	articleId: string;
	locale: string;
	visitorHash: string;
	helpful: boolean;
	now: number;
}

/** One vote per visitor per article: a second vote replaces the first. Returns whether it was new. */
export async function recordVote(db: DB, vote: VoteInput): Promise<{ created: boolean }> {
	return db.transaction().execute(async (trx) => {
		const existing = await trx
			.selectFrom('helpful_votes')
			.select('created_at')
			.where('article_id', '=', vote.articleId)
			.where('visitor_hash', '=', vote.visitorHash)
			.executeTakeFirst();
		await trx
			.insertInto('helpful_votes')
			.values({
				article_id: vote.articleId,
				visitor_hash: vote.visitorHash,
				locale: vote.locale,
				helpful: vote.helpful ? 1 : 0,
				created_at: vote.now,
				updated_at: vote.now
			})
			.onConflict((oc) =>
				oc.columns(['article_id', 'visitor_hash']).doUpdateSet({
					helpful: vote.helpful ? 1 : 0,
					locale: vote.locale,
					updated_at: vote.now
				})
			)
			.execute();
		return { created: !existing };
	});
}

export interface VoteTotals {
	yes: number;
	no: number;
}

/** Yes/no totals per article id, over every locale. */
export async function voteTotals(db: DB): Promise<Map<string, VoteTotals>> {
	const rows = await db
		.selectFrom('helpful_votes')
		.select((eb) => [
			'article_id',
			eb.fn.sum<number>('helpful').as('yes'),
			eb.fn.countAll<number>().as('total')
		])
		.groupBy('article_id')
		.execute();
	return new Map(
		rows.map((r) => [r.article_id, { yes: Number(r.yes), no: Number(r.total) - Number(r.yes) }])
	);
}
