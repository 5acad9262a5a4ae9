import { fail } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { requireRole } from '$lib/server/auth/guards';
import { listCanned } from '$lib/server/db/agent';
import { formObject } from '$lib/server/forms';
import { translator } from '$lib/server/i18n';
import { ctxOf } from '$lib/server/request';
import { cannedJson, createCanned, editCanned, removeCanned } from '$lib/server/tickets/canned';

export const load = async (event) => {
	requireRole('agent', 'admin');
	const ctx = await ctxOf(event);
	const wanted = event.url.searchParams.get('locale') ?? '';
	const locale = isLocale(wanted) ? wanted : event.locals.locale;
	return {
		locale,
		locales: LOCALES,
		answers: (await listCanned(ctx.db, locale)).map((a) => cannedJson(a))
	};
};

export const actions = {
	save: async (event) => {
		const user = requireRole('agent', 'admin');
		const LL = translator(event.locals.locale);
		const raw = await formObject(event.request);
		const id = typeof raw.id === 'string' && raw.id ? raw.id : undefined;
		const ctx = await ctxOf(event);
		const result = id
			? await editCanned(ctx, user, id, raw, LL)
			: await createCanned(ctx, user, raw, LL);
		if (!result.ok)
			return fail(result.status, {
				id: id ?? '',
				values: raw as Record<string, string>,
				errors: result.fields ?? {},
				message: result.message
			});
		return { saved: true };
	},
	delete: async (event) => {
		const user = requireRole('agent', 'admin');
		const raw = await formObject(event.request);
		const ok = await removeCanned(await ctxOf(event), user, String(raw.id ?? ''));
		if (!ok) return fail(404, { message: translator(event.locals.locale).errors.notFound() });
		return { deleted: true };
	}
};
