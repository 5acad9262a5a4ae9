import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether an Authorization header carries `Bearer <secret>`, compared in constant time (as digests, so neither
 * the secret's length nor its prefix shows in the timing). No secret configured: nobody is.
 */
export function cronAuthorized(header: string | null, secret: string | undefined): boolean {
	if (!secret) return false;
	return timingSafeEqual(digest(header ?? ''), digest(`Bearer ${secret}`));
}
