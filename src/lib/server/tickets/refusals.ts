// How ticket operations say no: one shape for pages and the JSON API, messages in the reader's language.
import type { TranslationFunctions } from '$locales/i18n-types';
import { MESSAGE_MAX } from '$lib/schemas/tickets';
import { filesMessage } from '$lib/uploads';
import type { acceptFiles } from './files';

export type Refusal = {
	ok: false;
	status: 400 | 403 | 404 | 409 | 422 | 429;
	code: string;
	message: string;
	fields?: Record<string, string>;
};

/** Every bad file named in one message, in the reader's language; undefined when all files are fine. */
export function fileError(
	problem: ReturnType<typeof acceptFiles>,
	LL: TranslationFunctions
): string | undefined {
	return problem.ok ? undefined : filesMessage(problem.problems, LL);
}

export function invalid(LL: TranslationFunctions, fields: Record<string, string>): Refusal {
	return {
		ok: false,
		status: 422,
		code: 'invalid_request',
		message: LL.errors.invalidRequest(),
		fields
	};
}

/** A reply's text and files, checked alike for customers and agents: field errors, or nothing. */
export function checkReply(
	message: string,
	files: ReturnType<typeof acceptFiles>,
	LL: TranslationFunctions,
	fields: Record<string, string> = {}
): Record<string, string> {
	if (!fields.message) {
		if (!message) fields.message = LL.errors.required();
		else if (message.length > MESSAGE_MAX) fields.message = LL.errors.tooLong({ max: MESSAGE_MAX });
	}
	const filesProblem = fileError(files, LL);
	if (filesProblem) fields.files = filesProblem;
	return fields;
}
