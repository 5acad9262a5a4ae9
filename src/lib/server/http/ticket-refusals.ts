// The ticket services' refusals at the route edge: like any refusal, plus field keys that name something
// (placeholders, files) and a conflict's list of what changed, both put in words here.
import { json } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { changesInWords, namingText, type EventData } from '$lib/tickets/words';
import type { TranslationFunctions } from '$locales/i18n-types';
import { translator } from '../i18n';
import { errorText, type FieldErrors } from './messages';
import { refusalBody, type Refusal } from './refusal';

/** Field keys in the reader's language, those that name placeholders or files included. */
export function ticketFieldTexts(fields: FieldErrors | undefined, LL: TranslationFunctions) {
	return Object.fromEntries(
		Object.entries(fields ?? {}).map(([k, key]) => [k, namingText(key, LL) ?? errorText(key, LL)])
	);
}

/** A conflict's events (`extra.changes`) in words; null for any other refusal. */
export function conflictChanges(r: Omit<Refusal, 'ok'>, LL: TranslationFunctions) {
	const events = r.extra?.changes as EventData[] | undefined;
	return r.status === 409 && events ? changesInWords(events, LL) : null;
}

/** The refusal in the reader's words, for a page's form: message, field errors, what changed. */
export function ticketRefusalTexts(r: Omit<Refusal, 'ok'>, LL: TranslationFunctions) {
	return {
		message: errorText(r.message, LL),
		errors: ticketFieldTexts(r.fields, LL),
		changes: conflictChanges(r, LL)
	};
}

/** A ticket service's refusal as the JSON error response, in the reader's language. */
export function ticketRefusalResponse(r: Omit<Refusal, 'ok'>): Response {
	const LL = translator(getRequestEvent().locals.locale);
	const body = refusalBody({ ...r, fields: undefined }, LL);
	const changes = conflictChanges(r, LL);
	return json(
		{
			error: { ...body.error, ...(r.fields ? { fields: ticketFieldTexts(r.fields, LL) } : {}) },
			...r.extra,
			...(changes ? { changes } : {})
		},
		{ status: r.status }
	);
}
