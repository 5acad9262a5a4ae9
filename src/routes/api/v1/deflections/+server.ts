import * as v from 'valibot';
import { DeflectionSchema } from '$lib/schemas/tickets';
import { apiError, readLimitedBody } from '$lib/server/api';
import { content } from '$lib/server/content';
import { recordDeflection } from '$lib/server/db/tickets';
import { localizeIssues } from '$lib/server/forms';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';

/** What the contact form's suggestions did: shown, opened, or "this solved it" (a deflected ticket). 204. */
export const POST = async (event) => {
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request, LL);
	if (body instanceof Response) return body;
	const parsed = v.safeParse(DeflectionSchema, body);
	if (!parsed.success)
		return apiError(
			422,
			'invalid_request',
			LL.errors.invalidRequest(),
			localizeIssues(parsed.issues, LL)
		);
	if (!content.hasArticle(parsed.output.articleId))
		return apiError(404, 'unknown_article', LL.errors.unknownArticle(), {
			articleId: LL.errors.unknownArticle()
		});
	const ctx = await ctxOf(event);
	await recordDeflection(ctx.db, {
		locale: parsed.output.locale,
		articleId: parsed.output.articleId,
		event: parsed.output.event,
		now: ctx.now
	});
	return new Response(null, { status: 204 });
};
