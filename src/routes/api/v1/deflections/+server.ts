import { DeflectionSchema } from '$lib/schemas/tickets';
import { content } from '$lib/server/content';
import { COUNTER_RETRY_AFTER_SECONDS, countDeflection } from '$lib/server/content/counters';
import { readValidBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { refusal } from '$lib/server/http/refusal';
import { refusalResponse } from '$lib/server/http/respond';

/** What the contact form's suggestions did: shown, opened, or "this solved it" (a deflected ticket). 204. */
export const POST = async (event) => {
	const input = await readValidBody(event.request, DeflectionSchema);
	if (!content.hasArticle(input.articleId))
		return refusalResponse(
			refusal(404, 'unknown_article', 'unknownArticle', { articleId: 'unknownArticle' })
		);
	const refused = await countDeflection(await ctxOf(event), input);
	if (refused)
		return refusalResponse(refused, {
			headers: { 'retry-after': String(COUNTER_RETRY_AFTER_SECONDS) }
		});
	return new Response(null, { status: 204 });
};
