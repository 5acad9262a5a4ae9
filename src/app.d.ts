import type { Locale } from '$lib/i18n/locales';

declare global {
	namespace App {
		interface Locals {
			/** The request's locale: its /<locale>/ path prefix, else negotiated. */
			locale: Locale;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
