import { fail } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { translator } from '$lib/server/i18n';
import { changeRole, removeTeam, roster, saveTeamFromForm } from '$lib/server/tickets/teams';
import { ctxOf } from '$lib/server/http/context';
import { requireAdmin } from '$lib/server/http/guards';
import { refusalTexts } from '$lib/server/http/refusal';

export const load = async (event) => {
	requireAdmin();
	const locale = isLocale(event.locals.locale) ? event.locals.locale : 'en';
	return {
		...(await roster(await ctxOf(event))),
		locales: LOCALES,
		categories: content
			.categoryIds()
			.map((id) => ({ id, title: content.category(id, locale)!.meta.title }))
	};
};

export const actions = {
	saveTeam: async (event) => {
		const user = requireAdmin();
		const form = await event.request.formData();
		const result = await saveTeamFromForm(await ctxOf(event), user, form);
		if (!result.ok) {
			const { message, errors } = refusalTexts(result, translator(event.locals.locale));
			return fail(result.status, {
				form: 'team',
				id: String(form.get('id') ?? ''),
				errors,
				message
			});
		}
		return { saved: true };
	},
	deleteTeam: async (event) => {
		const user = requireAdmin();
		const form = await event.request.formData();
		if (!(await removeTeam(await ctxOf(event), user, String(form.get('id') ?? ''))))
			return fail(404, {
				form: 'team',
				message: translator(event.locals.locale).errors.notFound()
			});
		return { saved: true };
	},
	role: async (event) => {
		const user = requireAdmin();
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '');
		const target = { email: email || undefined, id: String(form.get('id') ?? '') || undefined };
		const result = await changeRole(
			await ctxOf(event),
			user,
			target,
			String(form.get('role') ?? '')
		);
		if (!result.ok) {
			const { message, errors } = refusalTexts(result, translator(event.locals.locale));
			return fail(result.status, { form: 'role', errors, message, email });
		}
		return { saved: true };
	}
};
