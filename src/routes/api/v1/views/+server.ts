import { isLocale } from '$lib/i18n/locales';
import { getDb } from '$lib/server/db';
import { content } from '$lib/server/content';
import { countView } from '$lib/server/db/surveys';

/**
 * One help-centre page view, sent by the page's script with navigator.sendBeacon: {locale, articleId?,
 * newVisit}. Only daily counts are kept: no cookie, no address, nothing that tells readers apart.
 */
export const POST = async ({ request }) => {
	let body: unknown;
	try {
		const text = await request.text();
		if (text.length > 512) return new Response(null, { status: 413 });
		body = JSON.parse(text);
	} catch {
		return new Response(null, { status: 400 });
	}
	const { locale, articleId, newVisit } = (body ?? {}) as Record<string, unknown>;
	if (typeof locale !== 'string' || !isLocale(locale)) return new Response(null, { status: 400 });
	if (articleId !== undefined && (typeof articleId !== 'string' || !content.hasArticle(articleId)))
		return new Response(null, { status: 400 });
	await countView(await getDb(), {
		day: new Date().toISOString().slice(0, 10),
		locale,
		articleId: typeof articleId === 'string' ? articleId : '',
		newVisit: newVisit === true
	});
	return new Response(null, { status: 204 });
};
