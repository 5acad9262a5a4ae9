import { redirect } from '@sveltejs/kit';
import { verifyEmail } from '$lib/server/accounts';
import { kickMailWorker } from '$lib/server/mail/worker';
import { safeNext } from '$lib/server/accounts/next-path';
import { ctxOf } from '$lib/server/http/context';
import { signIn } from '../../sign-in.server';

// The link in the verification email: confirms the address, logs in, and goes on to where the reader was
// heading before signing up (or to the account page). A used or expired link shows why, and how to get a new one.
export const prerender = false;

export const load = async (event) => {
	const result = await verifyEmail(await ctxOf(event), event.params.token);
	if (!result.ok) return { valid: false };
	kickMailWorker();
	signIn(event, result);
	const account = `/${event.params.lang}/account?${result.changedTo ? 'emailChanged' : 'verified'}=1`;
	redirect(303, safeNext(result.next, account));
};
