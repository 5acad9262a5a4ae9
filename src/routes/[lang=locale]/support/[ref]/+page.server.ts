import { randomUUID } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { languageLinks } from '$lib/server/content/pages';
import { answerOwnSurvey } from '$lib/server/surveys';
import { receivePost } from '$lib/server/tickets/intake';
import { cursor } from '$lib/server/live';
import { customerTicketPage } from '$lib/server/tickets/json';
import { replyToTicket } from '$lib/server/tickets/replies';
import { setOwnTicketOpen } from '$lib/server/tickets/service';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';
import { errorText, fieldTexts } from '$lib/server/http/messages';

export const prerender = false;

export const load = async (event) => {
	const user = requireUser();
	// taken before the ticket is read: the page's stream starts here (see src/lib/server/live)
	const live = cursor();
	const page = await customerTicketPage(
		await ctxOf(event),
		user,
		event.params.ref,
		event.params.lang
	);
	if (!page) error(404, 'Not found');
	return {
		...page,
		created: event.url.searchParams.has('created'),
		live,
		// one key per rendering of the reply form: the same reply sent twice is stored once
		replyKey: randomUUID().replace(/-/g, ''),
		switcher: languageLinks((l) => `/${l}/support/${page.ticket.ref}`)
	};
};

export const actions = {
	reply: async (event) => {
		const user = requireUser();
		const LL = translator(event.params.lang);
		const ctx = await ctxOf(event);
		const { ref } = event.params;
		const form = await receivePost(ctx, user, event.request, { kind: 'reply', ref });
		const result = form.ok ? await replyToTicket(ctx, user, ref, form.fields, form.uploads) : form;
		if (!result.ok) {
			if (result.status === 404) error(404, 'Not found');
			const values = { message: String((form.ok ? form.fields : form.values).message ?? '') };
			// a refusal of the whole post (unreadable, too large) shows at the message
			const errors = fieldTexts(result.fields ?? { message: result.message }, LL);
			return fail(result.status, { values, errors });
		}
		kickMailWorker();
		redirect(303, `/${event.params.lang}/support/${result.ticket.ref}`);
	},
	survey: async (event) => {
		const user = requireUser();
		const LL = translator(event.params.lang);
		const raw = Object.fromEntries(await event.request.formData()) as Record<string, unknown>;
		const result = await answerOwnSurvey(await ctxOf(event), user, event.params.ref, raw);
		if (!result.ok)
			return fail(result.status, {
				survey: { message: errorText(result.message, LL), errors: fieldTexts(result.fields, LL) }
			});
		return { survey: { saved: true } };
	},
	close: async (event) => {
		if (!(await setOwnTicketOpen(await ctxOf(event), requireUser(), event.params.ref, false)))
			error(404, 'Not found');
	},
	reopen: async (event) => {
		if (!(await setOwnTicketOpen(await ctxOf(event), requireUser(), event.params.ref, true)))
			error(404, 'Not found');
	}
};
