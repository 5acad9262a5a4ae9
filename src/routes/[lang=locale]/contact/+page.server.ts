import { fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { languageLinks } from '$lib/server/content/pages';
import { receivePost } from '$lib/server/tickets/intake';
import { contactPage, createTicket } from '$lib/server/tickets/service';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { refusalTexts } from '$lib/server/http/refusal';

// "Contact support" and "Still need help?" (?article=<id>) land here. Logged out: to the login page and back
// (the article survives signup and verification). The form works without JavaScript as a multipart post.
export const prerender = false;

export const load = async (event) => {
	const user = requireUser();
	const page = await contactPage(
		await ctxOf(event),
		user,
		event.params.lang,
		event.url.searchParams.get('article')
	);
	const query = page.attached ? `?article=${page.attached.id}` : '';
	// a search that found no confident answer carries its words here as the subject (issue 16)
	const asked = (event.url.searchParams.get('q') ?? '').trim().slice(0, 200);
	return { ...page, asked, switcher: languageLinks((l) => `/${l}/contact${query}`) };
};

export const actions = {
	default: async (event) => {
		const user = requireUser();
		const LL = translator(event.params.lang);
		const ctx = await ctxOf(event);
		const form = await receivePost(ctx, user, event.request, { kind: 'ticket' });
		const { idempotencyKey: _, ...values } = form.ok ? form.fields : form.values;
		const result = form.ok
			? await createTicket(ctx, user, { ...form.fields, locale: event.params.lang }, form.uploads)
			: form;
		if (!result.ok) {
			const { message, errors } = refusalTexts(result, LL);
			return fail(result.status, { values, errors, message: result.fields ? undefined : message });
		}
		kickMailWorker();
		redirect(303, `/${event.params.lang}/support/${result.ticket.ref}?created=1`);
	}
};
