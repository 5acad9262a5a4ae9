import type { TranslationFunctions } from '$locales/i18n-types';
import { changesInWords, type EventData } from '$lib/tickets/words';
import { errorText, fieldTexts, type FieldKeys, type MessageKey } from './messages';

/**
 * The one typed refusal. Services return it (as `{ ok: false, … }`), guards and body readers throw it (through
 * `refuse`), and only the route edge turns it into words: `message` and each of `fields` is an `errors.*` key of
 * the UI strings, optionally with its number after a colon ("tooLong:100"), or for a field a problem with what
 * it names (http/messages `Naming`), never translated text.
 */
export type Refusal = {
	ok: false;
	status: number;
	/** Stable, machine-readable: the JSON error's `code`. */
	code: string;
	/** An `errors.*` key, or a problem that names something: the JSON error's `message` once translated. */
	message: MessageKey;
	/** Field name → `errors.*` key, or a problem that names something. */
	fields?: FieldKeys;
	/** Extra members of the JSON body beside `error` (a conflict's `version` and `changes`). */
	extra?: Record<string, unknown>;
};

export function refusal(
	status: number,
	code: string,
	message: MessageKey,
	fields?: FieldKeys,
	extra?: Record<string, unknown>
): Refusal {
	return {
		ok: false,
		status,
		code,
		message,
		...(fields && Object.keys(fields).length ? { fields } : {}),
		...(extra ? { extra } : {})
	};
}

/** The common refusals, so that every service says them the same way. */
export const refusals = {
	notFound: () => refusal(404, 'not_found', 'notFound'),
	forbidden: () => refusal(403, 'forbidden', 'forbidden')
};

/** A conflict's events (`extra.changes`) in words; null for any other refusal. */
function conflictChanges(r: Omit<Refusal, 'ok'>, LL: TranslationFunctions) {
	const events = r.extra?.changes as EventData[] | undefined;
	return r.status === 409 && events ? changesInWords(events, LL) : null;
}

/**
 * A refusal in the reader's language: the JSON error body `{error: {code, message, fields?}, …extra}`, a
 * conflict's `changes` in words.
 */
export function refusalBody(r: Omit<Refusal, 'ok'>, LL: TranslationFunctions) {
	const fields = r.fields ? fieldTexts(r.fields, LL) : undefined;
	const changes = conflictChanges(r, LL);
	return {
		error: {
			code: r.code,
			message: errorText(r.message, LL),
			...(fields ? { fields } : {})
		},
		...r.extra,
		...(changes ? { changes } : {})
	};
}

/** The refusal in the reader's words, for a page's form: message, field errors, what changed. */
export function refusalTexts(r: Omit<Refusal, 'ok'>, LL: TranslationFunctions) {
	return {
		message: errorText(r.message, LL),
		errors: fieldTexts(r.fields, LL),
		changes: conflictChanges(r, LL)
	};
}
