import { redirect } from '@sveltejs/kit';
import { VoteSchema } from '$lib/schemas/vote';
import { content } from '$lib/server/content';
import { getDb } from '$lib/server/db';
import { recordVote } from '$lib/server/db/votes';
import { visitorHash } from '$lib/server/content/visitor';
import { isLocale } from '$lib/i18n/locales';
import { readBody, validated, wantsHtml } from '$lib/server/http/body';
import { refusal } from '$lib/server/http/refusal';
import { refusalResponse } from '$lib/server/http/respond';

const UNKNOWN_ARTICLE = 'api.unknownArticle';

/** "Was this helpful?" — one vote per visitor per article; voting again changes the answer. */
export const POST = async ({ request, cookies, url, locals }) => {
	const body = (await readBody(request)) ?? {};
	const html = wantsHtml(request);
	// answered in the vote's language when it names one
	const locale = isLocale(body.locale) ? body.locale : locals.locale;
	const checked = validated(VoteSchema, body, {
		status: 400,
		code: 'invalid_vote',
		message: 'api.invalidVote'
	});
	if (!checked.ok || !content.hasArticle(checked.value.articleId)) {
		if (html) redirect(303, `/${locale}/feedback?error=1`);
		const refused = checked.ok
			? refusal(404, 'unknown_article', UNKNOWN_ARTICLE, { articleId: UNKNOWN_ARTICLE })
			: checked;
		return refusalResponse(refused, { locale });
	}
	const vote = checked.value;
	const { created } = await recordVote(await getDb(), {
		articleId: vote.articleId,
		locale: vote.locale,
		helpful: vote.helpful,
		visitorHash: visitorHash(cookies, url.protocol === 'https:'),
		now: Date.now()
	});
	if (html)
		redirect(
			303,
			`/${vote.locale}/feedback?article=${vote.articleId}&helpful=${vote.helpful ? 'yes' : 'no'}`
		);
	return new Response(
		JSON.stringify({
			articleId: vote.articleId,
			locale: vote.locale,
			helpful: vote.helpful,
			created
		}),
		{
			status: created ? 201 : 200,
			headers: { 'content-type': 'application/json' }
		}
	);
};
