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
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { ctxOf } from '$lib/server/http/context';
import { parseForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import type { RequestEvent } from './$types';

export const prerender = false;

async function currentUser() {
	const user = await accounts.accountOf(await getDb(), requireUser().id);
	if (!user) error(401, 'unauthorized');
	return user;
}

/** The signed-in user, the services' context and the reader's strings, for every action. */
async function acting(event: RequestEvent) {
	return { user: await currentUser(), ctx: await ctxOf(event), LL: translator(event.params.lang) };
}

function signedOut(event: RequestEvent): never {
	deleteSessionCookie(event.cookies, event.url.protocol === 'https:');
	redirect(303, `/${event.params.lang}/login?loggedOut`);
}

export const load = async ({ url }) => ({
	account: accounts.publicUser(await currentUser()),
	notice: ['verified', 'emailChanged', 'reset'].find((k) => url.searchParams.has(k)) ?? null
});

export const actions = {
	profile: async (event) => {
		const { user, ctx, LL } = await acting(event);
		const form = await parseForm(event.request, ProfileSchema, LL);
		if (!form.ok) return fail(400, { form: 'profile', values: form.values, errors: form.errors });
		await accounts.updateProfile(ctx, user, form.data);
		return { form: 'profile', done: LL.auth.saved() };
	},
	password: async (event) => {
		const { user, ctx, LL } = await acting(event);
		const form = await parseForm(event.request, ChangePasswordSchema, LL, {
			passwordField: 'newPassword'
		});
		if (!form.ok) return fail(400, { form: 'password', errors: form.errors });
		const { currentPassword, newPassword } = form.data;
		const sessionId = event.locals.session!.id;
		if (!(await accounts.changePassword(ctx, user, sessionId, currentPassword, newPassword)))
			return fail(400, {
				form: 'password',
				errors: { currentPassword: LL.errors.wrongPassword() }
			});
		kickMailWorker();
		return { form: 'password', done: LL.auth.passwordChanged() };
	},
	email: async (event) => {
		const { user, ctx, LL } = await acting(event);
		const form = await parseForm(event.request, ChangeEmailSchema, LL);
		const values = form.values;
		if (!form.ok) return fail(400, { form: 'email', values, errors: form.errors });
		const { email, password } = form.data;
		if (!(await accounts.requestEmailChange(ctx, user, email, password)))
			return fail(400, { form: 'email', values, errors: { password: LL.errors.wrongPassword() } });
		kickMailWorker();
		return { form: 'email', done: LL.auth.emailChangeSent({ email }) };
	},
	resend: async (event) => {
		const { user, ctx, LL } = await acting(event);
		await accounts.resendVerification(ctx, user);
		kickMailWorker();
		return { form: 'resend', done: LL.auth.verificationSent() };
	},
	logoutEverywhere: async (event) => {
		const { user, ctx } = await acting(event);
		await accounts.logoutEverywhere(ctx, user.id);
		signedOut(event);
	},
	delete: async (event) => {
		const { user, ctx, LL } = await acting(event);
		const form = await parseForm(event.request, DeleteAccountSchema, LL);
		if (!form.ok) return fail(400, { form: 'delete', errors: form.errors });
		if (!(await accounts.deleteAccount(ctx, user, form.data.password)))
			return fail(400, { form: 'delete', errors: { password: LL.errors.wrongPassword() } });
		signedOut(event);
	}
};
