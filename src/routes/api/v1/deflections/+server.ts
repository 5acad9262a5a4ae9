import { DeflectionSchema } from '$lib/schemas/tickets';
import { content } from '$lib/server/content';
import { recordDeflection } from '$lib/server/db/tickets';
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
	const ctx = await ctxOf(event);
	await recordDeflection(ctx.db, { ...input, now: ctx.now });
	return new Response(null, { status: 204 });
};
