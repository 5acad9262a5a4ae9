import { redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import { VoteSchema } from '$lib/schemas/vote';
import { content } from '$lib/server/content';
import { getDb } from '$lib/server/db';
import { recordVote } from '$lib/server/db/votes';
import { translator } from '$lib/server/i18n';
import { visitorHash } from '$lib/server/content/visitor';
import { isLocale } from '$lib/i18n/locales';
import { readBody, wantsHtml } from '$lib/server/http/body';
import { localizeIssues } from '$lib/server/http/messages';
import { apiError } from '$lib/server/http/respond';

/** "Was this helpful?" — one vote per visitor per article; voting again changes the answer. */
export const POST = async ({ request, cookies, url, locals }) => {
	const body = await readBody(request);
	const parsed = v.safeParse(VoteSchema, body ?? {});
	const html = wantsHtml(request);
	const locale = isLocale(body?.locale) ? body.locale : locals.locale;
	const LL = translator(locale);
	if (!parsed.success || !content.hasArticle(parsed.output.articleId)) {
		if (html) redirect(303, `/${locale}/feedback?error=1`);
		return parsed.success
			? apiError(404, 'unknown_article', LL.api.unknownArticle(), {
					articleId: LL.api.unknownArticle()
				})
			: apiError(400, 'invalid_vote', LL.api.invalidVote(), localizeIssues(parsed.issues, LL));
	}
	const vote = parsed.output;
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
