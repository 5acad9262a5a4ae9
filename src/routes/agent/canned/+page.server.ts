import { fail } from '@sveltejs/kit';
import { isLocale, LOCALES } from '$lib/i18n/locales';
import { listCanned } from '$lib/server/db/agent';
import { translator } from '$lib/server/i18n';
import { cannedJson, createCanned, editCanned, removeCanned } from '$lib/server/tickets/canned';
import { ctxOf } from '$lib/server/http/context';
import { formObject } from '$lib/server/http/forms';
import { requireStaff } from '$lib/server/http/guards';

export const load = async (event) => {
	requireStaff();
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
		const user = requireStaff();
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
		const user = requireStaff();
		const raw = await formObject(event.request);
		const ok = await removeCanned(await ctxOf(event), user, String(raw.id ?? ''));
		if (!ok) return fail(404, { message: translator(event.locals.locale).errors.notFound() });
		return { deleted: true };
	}
};
