import { json } from '@sveltejs/kit';
import { SignupSchema } from '$lib/schemas/auth';
import { signup } from '$lib/server/accounts';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { INVALID_FIELDS, readValidBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { passwordKey } from '$lib/server/http/forms';
import { refuse, throttledResponse } from '$lib/server/http/respond';

/** 202 whether or not the address is registered (no enumeration); the email says what happens next. */
export const POST = async (event) => {
	const input = await readValidBody(event.request, SignupSchema);
	const weak = passwordKey(input.password);
	if (weak) refuse({ ...INVALID_FIELDS, fields: { password: weak } });
	const result = await signup(await ctxOf(event), input);
	if ('throttled' in result) return throttledResponse(result);
	kickMailWorker();
	return json(
		{
			status: 'verification_sent',
			message: translator(input.locale).auth.checkEmailText({ email: input.email })
		},
		{ status: 202 }
	);
};
