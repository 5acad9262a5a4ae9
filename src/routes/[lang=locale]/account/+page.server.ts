import { error, fail, redirect } from '@sveltejs/kit';
import {
	ChangeEmailSchema,
	ChangePasswordSchema,
	DeleteAccountSchema,
	ProfileSchema
} from '$lib/schemas/auth';
import * as accounts from '$lib/server/accounts';
import { deleteSessionCookie } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { findUserById } from '$lib/server/db/users';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { ctxOf } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';

export const prerender = false;

async function currentUser() {
	const user = await findUserById(await getDb(), requireUser().id);
	if (!user) error(401, 'unauthorized');
	return user;
}

export const load = async ({ url }) => {
	const user = await currentUser();
	return {
		account: accounts.publicUser(user),
		notice: ['verified', 'emailChanged', 'reset'].find((k) => url.searchParams.has(k)) ?? null
	};
};

export const actions = {
	profile: async (event) => {
		const user = await currentUser();
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, ProfileSchema, LL);
		if (!form.ok) return fail(400, { form: 'profile', values: form.values, errors: form.errors });
		await accounts.updateProfile(await ctxOf(event), user, form.data);
		return { form: 'profile', done: LL.auth.saved() };
	},
	password: async (event) => {
		const user = await currentUser();
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, ChangePasswordSchema, LL, {
			passwordField: 'newPassword'
		});
		if (!form.ok) return fail(400, { form: 'password', errors: form.errors });
		const ok = await accounts.changePassword(
			await ctxOf(event),
			user,
			event.locals.session!.id,
			form.data.currentPassword,
			form.data.newPassword
		);
		if (!ok)
			return fail(400, {
				form: 'password',
				errors: { currentPassword: LL.errors.wrongPassword() }
			});
		kickMailWorker();
		return { form: 'password', done: LL.auth.passwordChanged() };
	},
	email: async (event) => {
		const user = await currentUser();
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, ChangeEmailSchema, LL);
		if (!form.ok) return fail(400, { form: 'email', values: form.values, errors: form.errors });
		if (
			!(await accounts.requestEmailChange(
				await ctxOf(event),
				user,
				form.data.email,
				form.data.password
			))
		) {
			return fail(400, {
				form: 'email',
				values: form.values,
				errors: { password: LL.errors.wrongPassword() }
			});
		}
		kickMailWorker();
		return { form: 'email', done: LL.auth.emailChangeSent({ email: form.data.email }) };
	},
	resend: async (event) => {
		const user = await currentUser();
		await accounts.resendVerification(await ctxOf(event), user);
		kickMailWorker();
		return { form: 'resend', done: translator(event.params.lang).auth.verificationSent() };
	},
	logoutEverywhere: async (event) => {
		const user = await currentUser();
		await accounts.logoutEverywhere(await ctxOf(event), user.id);
		deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, `/${event.params.lang}/login?loggedOut`);
	},
	delete: async (event) => {
		const user = await currentUser();
		const LL = translator(event.params.lang);
		const form = await parseForm(event.request, DeleteAccountSchema, LL);
		if (!form.ok) return fail(400, { form: 'delete', errors: form.errors });
		if (!(await accounts.deleteAccount(await ctxOf(event), user, form.data.password))) {
			return fail(400, { form: 'delete', errors: { password: LL.errors.wrongPassword() } });
		}
		deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
		redirect(303, `/${event.params.lang}/login?loggedOut`);
	}
};
