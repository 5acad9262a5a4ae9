import { randomUUID } from 'node:crypto';
import { fail, redirect } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { articleLink, languageLinks } from '$lib/server/pages';
import { readTicketForm } from '$lib/server/tickets/files';
import { createTicket } from '$lib/server/tickets/service';
import { describeHours, loadServiceSettings } from '$lib/server/service-hours';
import { getDb } from '$lib/server/db';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';

// "Contact support" and "Still need help?" (?article=<id>) land here. Logged out: to the login page and back
// (the article survives signup and verification). The form works without JavaScript as a multipart post.
export const prerender = false;

export const load = async ({ params, url }) => {
	const user = requireUser();
	const id = url.searchParams.get('article');
	const attached =
		id && content.hasArticle(id)
			? {
					...articleLink(id, params.lang),
					updated: content.article(id, params.lang)!.meta.updated,
					category: content.article(id, params.lang)!.meta.category
				}
			: undefined;
	const query = attached ? `?article=${attached.id}` : '';
	return {
		attached,
		verified: user.emailVerified,
		categories: content
			.categoryIds()
			.map((c) => ({ id: c, title: content.category(c, params.lang)!.meta.title })),
		// one key per rendering of the form: a double click or a resent form creates one ticket
		idempotencyKey: randomUUID().replace(/-/g, ''),
		hours: describeHours(await loadServiceSettings(await getDb()), params.lang),
		switcher: languageLinks((l) => `/${l}/contact${query}`)
	};
};

export const actions = {
	default: async (event) => {
		const user = requireUser();
		const LL = translator(event.params.lang);
		const form = await readTicketForm(event.request);
		if (!form) return fail(400, { values: {}, errors: {}, message: LL.errors.invalidRequest() });
		const raw = form.fields;
		const result = await createTicket(
			await ctxOf(event),
			user,
			{ ...raw, locale: event.params.lang },
			form.uploads,
			LL
		);
		if (!result.ok) {
			const { idempotencyKey: _, ...values } = raw;
			return fail(result.status, {
				values,
				errors: result.fields ?? {},
				message: result.fields ? undefined : result.message
			});
		}
		kickMailWorker();
		redirect(303, `/${event.params.lang}/support/${result.ticket.ref}?created=1`);
	}
};
