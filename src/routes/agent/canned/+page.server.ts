import { fail } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { translator } from '$lib/server/i18n';
import { cannedFor, createCanned, editCanned, removeCanned } from '$lib/server/tickets/canned';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { requireStaff } from '$lib/server/http/guards';
import { refusalTexts } from '$lib/server/http/refusal';

export const load = async (event) => {
	const user = requireStaff();
	const wanted = event.url.searchParams.get('locale') ?? '';
	const locale = isLocale(wanted) ? wanted : event.locals.locale;
	const answers = await cannedFor(await ctxOf(event), user, { locale });
	return { locale, locales: LOCALES, answers: answers.ok ? answers.answers : [] };
};

export const actions = {
	save: async (event) => {
		const user = requireStaff();
		const raw = await formObject(event.request);
		const id = typeof raw.id === 'string' && raw.id ? raw.id : undefined;
		const ctx = await ctxOf(event);
		const result = id ? await editCanned(ctx, user, id, raw) : await createCanned(ctx, user, raw);
		if (!result.ok) {
			const { message, errors } = refusalTexts(result, translator(event.locals.locale));
			return fail(result.status, {
				id: id ?? '',
				values: raw as Record<string, string>,
				errors,
				message
			});
		}
		return { saved: true };
	},
	delete: async (event) => {
		const user = requireStaff();
		const raw = await formObject(event.request);
		const ok = await removeCanned(await ctxOf(event), user, String(raw.id ?? ''));
		if (!ok) return fail(404, { message: translator(event.locals.locale).errors.notFound() });
		return { deleted: true };
	}
};
