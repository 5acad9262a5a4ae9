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
			/** Set when an endpoint refuses (http/respond.ts): the JSON error shape of /api/v1. */
			error?: { code: string; message: string; fields?: Record<string, string> };
		}
	}
}

export {};
