// What a ticket or reply may carry, and how a refusal names the files: shared by the server (which reads the
// content) and the browser (which checks size and declared type before sending, so nobody waits for a
// 10 MB upload only to hear it was too large).
import type { TranslationFunctions } from '$locales/i18n-types';

export const FILE_LIMITS = { count: 5, bytes: 10 * 1024 * 1024 } as const;

/** The text fields of a ticket or reply form together, at most (the message itself is 10,000 characters). */
export const FORM_TEXT_BYTES = 2 * 1024 * 1024;

declare const __SVAR_PLATFORM_BODY_BYTES__: number | undefined;

/**
 * A serverless platform's limit on a request's body, set at build (vite.config.ts): Vercel's 4.5 MB for
 * SVAR_ADAPTER=vercel, whose platform answers a larger body itself, in plain text, before the app sees it. 0: none.
 */
export const PLATFORM_BODY_BYTES: number =
	typeof __SVAR_PLATFORM_BODY_BYTES__ === 'number' ? __SVAR_PLATFORM_BODY_BYTES__ : 0;

/**
 * The largest body a ticket or reply may have: every file at its largest, and the text. Larger ones are
 * refused with 413 before they are read; src/cli/serve.js sets adapter-node's BODY_SIZE_LIMIT to this (52M).
 * Under a platform's limit, half a megabyte below it: what the app can still refuse in its own words.
 */
export const UPLOAD_BODY_BYTES = PLATFORM_BODY_BYTES
	? PLATFORM_BODY_BYTES - 512 * 1024
	: FILE_LIMITS.count * FILE_LIMITS.bytes + FORM_TEXT_BYTES;

/** The `accept` of the file inputs: what the server can take, by declared type or text name. */
export const FILE_ACCEPT =
	'image/png,image/jpeg,image/webp,image/gif,application/pdf,text/plain,.txt,.log,.csv,.md,video/mp4,video/quicktime,video/webm,.mp4,.mov,.webm';

export type FileProblem =
	| { problem: 'tooMany' }
	| { problem: 'tooLarge' | 'type'; name: string }
	/** the whole upload is over UPLOAD_BODY_BYTES (refused unread, so no file can be named) */
	| { problem: 'body' }
	/** the account's stored files and these would pass its quota: both in bytes */
	| { problem: 'quota'; quota: number; left: number };

const MB = 1024 * 1024;

/** One message naming every bad file (or saying there are too many); undefined when there is nothing wrong. */
export function filesMessage(
	problems: FileProblem[],
	LL: TranslationFunctions
): string | undefined {
	if (!problems.length) return undefined;
	if (problems.some((p) => p.problem === 'tooMany'))
		return LL.errors.tooManyFiles({ max: FILE_LIMITS.count });
	if (problems.some((p) => p.problem === 'body'))
		return LL.errors.uploadTooLarge({
			count: FILE_LIMITS.count,
			// under a platform's limit: a size each of them may have, all together
			mb: PLATFORM_BODY_BYTES
				? Math.floor((UPLOAD_BODY_BYTES / FILE_LIMITS.count / MB) * 10) / 10
				: FILE_LIMITS.bytes / MB
		});
	const quota = problems.find((p) => p.problem === 'quota');
	if (quota)
		return LL.errors.fileQuota({
			quota: Math.round(quota.quota / MB),
			left: Math.floor(Math.max(0, quota.left) / MB)
		});
	return problems
		.map((p) =>
			p.problem === 'tooLarge'
				? LL.errors.fileTooLarge({ name: p.name })
				: LL.errors.fileType({ name: (p as { name: string }).name })
		)
		.join(' ');
}

/** What a post's text may take of a platform's limit: the files must leave it. */
const TEXT_ROOM = 64 * 1024;

/**
 * The files field's hint: each file's limit, or under a platform's limit what the files may weigh together (as
 * chosenFileProblems counts them), written the locale's way (3,9 in Norwegian).
 */
export function filesHint(LL: TranslationFunctions, locale: string): string {
	if (!PLATFORM_BODY_BYTES) return LL.contact.filesHint();
	const mb = Math.floor(((UPLOAD_BODY_BYTES - TEXT_ROOM) / MB) * 10) / 10;
	return LL.contact.filesHintTotal({
		mb: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb)
	});
}

const DECLARED = /^(image\/(png|jpeg|webp|gif)|application\/pdf|video\/(mp4|quicktime|webm))$/;
const TEXT_NAME = /\.(txt|log|csv|md)$/i;

/**
 * The browser's check of the chosen files, from their size and declared type (the server still reads the
 * content and may refuse a disguised file). Under a platform's limit on the body (`bodyBytes`: the app's own
 * below it), the files together must leave room in it for the text.
 */
export function chosenFileProblems(
	files: { name: string; size: number; type: string }[],
	bodyBytes = PLATFORM_BODY_BYTES ? UPLOAD_BODY_BYTES : 0
) {
	const real = files.filter((f) => f.name || f.size);
	if (real.length > FILE_LIMITS.count) return [{ problem: 'tooMany' }] as FileProblem[];
	const total = real.reduce((sum, f) => sum + f.size, 0);
	if (bodyBytes && total > bodyBytes - TEXT_ROOM) return [{ problem: 'body' }] as FileProblem[];
	const problems: FileProblem[] = [];
	for (const f of real) {
		if (f.size > FILE_LIMITS.bytes) problems.push({ problem: 'tooLarge', name: f.name });
		else if (!f.size || !(DECLARED.test(f.type) || TEXT_NAME.test(f.name)))
			problems.push({ problem: 'type', name: f.name });
	}
	return problems;
}
