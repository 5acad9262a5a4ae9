import type { Locale } from '$lib/i18n/locales';
import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			/** The request's locale: its /<locale>/ path prefix, else negotiated. */
			locale: Locale;
			user: SessionUser | null;
			session: Session | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
