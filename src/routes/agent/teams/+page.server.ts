import { fail } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { content } from '$lib/server/content';
import { listStaff, listTeams } from '$lib/server/db/agent';
import { translator } from '$lib/server/i18n';
import { changeRole, removeTeam, saveTeamFromForm } from '$lib/server/tickets/teams';
import { ctxOf } from '$lib/server/http/context';
import { requireAdmin } from '$lib/server/http/guards';

export const load = async (event) => {
	requireAdmin();
	const ctx = await ctxOf(event);
	const locale = isLocale(event.locals.locale) ? event.locals.locale : 'en';
	const [teams, staff] = await Promise.all([listTeams(ctx.db), listStaff(ctx.db)]);
	return {
		teams,
		staff,
		locales: LOCALES,
		categories: content
			.categoryIds()
			.map((id) => ({ id, title: content.category(id, locale)!.meta.title }))
	};
};

export const actions = {
	saveTeam: async (event) => {
		const user = requireAdmin();
		const LL = translator(event.locals.locale);
		const form = await event.request.formData();
		const result = await saveTeamFromForm(await ctxOf(event), user, form, LL);
		if (!result.ok)
			return fail(result.status, {
				form: 'team',
				id: String(form.get('id') ?? ''),
				errors: result.fields ?? {},
				message: result.message
			});
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
		const LL = translator(event.locals.locale);
		const form = await event.request.formData();
		const result = await changeRole(
			await ctxOf(event),
			user,
			{
				email: String(form.get('email') ?? '') || undefined,
				id: String(form.get('id') ?? '') || undefined
			},
			String(form.get('role') ?? ''),
			LL
		);
		if (!result.ok)
			return fail(result.status, {
				form: 'role',
				errors: result.fields ?? {},
				message: result.message,
				email: String(form.get('email') ?? '')
			});
		return { saved: true };
	}
};
