import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import { SignupSchema } from '$lib/schemas/auth';
import { signup } from '$lib/server/accounts';
import { translator } from '$lib/server/i18n';
import { kickMailWorker } from '$lib/server/mail/worker';
import { readLimitedBody } from '$lib/server/http/body';
import { ctxOf } from '$lib/server/http/context';
import { passwordError } from '$lib/server/http/forms';
import { localizeIssues } from '$lib/server/http/messages';
import { apiError, throttledResponse } from '$lib/server/http/respond';

/** 202 whether or not the address is registered (no enumeration); the email says what happens next. */
export const POST = async (event) => {
	const LL = translator(event.locals.locale);
	const body = await readLimitedBody(event.request);
	const parsed = v.safeParse(SignupSchema, body);
	const fields = parsed.success ? {} : localizeIssues(parsed.issues, LL);
	const weak = parsed.success ? passwordError(parsed.output.password, LL) : undefined;
	if (weak) fields.password = weak;
	if (!parsed.success || weak)
		return apiError(422, 'invalid_request', LL.errors.invalidRequest(), fields);
	const result = await signup(await ctxOf(event), parsed.output);
	if ('throttled' in result)
		return throttledResponse(result.minutes, LL.errors.throttled({ minutes: result.minutes }));
	kickMailWorker();
	return json(
		{
			status: 'verification_sent',
			message: translator(parsed.output.locale).auth.checkEmailText({ email: parsed.output.email })
		},
		{ status: 202 }
	);
};
