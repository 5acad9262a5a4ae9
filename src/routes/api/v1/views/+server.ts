import * as v from 'valibot';
import { PageViewSchema } from '$lib/schemas/search';
import { content } from '$lib/server/content';
import { COUNTER_RETRY_AFTER_SECONDS, countPageView } from '$lib/server/content/counters';
import { readBeacon } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { refusalResponse } from '$lib/server/http/respond';

/**
 * One help-centre page view, sent by the page's script with navigator.sendBeacon: {locale, articleId?,
 * newVisit, visit?}. Only daily counts are kept; each visit counts a page once, each address a limited number.
 */
export const POST = async (event) => {
	const view = v.safeParse(PageViewSchema, await readBeacon(event.request));
	const { articleId } = view.success ? view.output : {};
	if (!view.success || (articleId !== undefined && !content.hasArticle(articleId)))
		return refusalResponse({ status: 400, code: 'invalid_request', message: 'invalidRequest' });
	const input = { ...view.output, articleId: articleId ?? '', newVisit: !!view.output.newVisit };
	const refused = await countPageView(await ctxOf(event), input);
	if (refused)
		return refusalResponse(refused, {
			headers: { 'retry-after': String(COUNTER_RETRY_AFTER_SECONDS) }
		});
	return new Response(null, { status: 204 });
};
